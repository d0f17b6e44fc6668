declare module "@openactive/data-model-validator" {
  export function validate(
    data: object,
    options?: { loadRemoteJson?: boolean; validationMode?: string; type?: string; rpdeItemLimit?: number },
  ): Promise<{ type: string; severity: string; path: string; message: string; category?: string }[]>;
}
