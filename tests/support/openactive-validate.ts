import { validate } from "@openactive/data-model-validator";

/**
 * Runs @openactive/data-model-validator offline and keeps only real problems. Filtered out, as the
 * validator documents them for offline use and for imin's payload style:
 * - remote documents it cannot load offline (JSON-LD contexts, the activity list);
 * - `type`/`id` instead of `@type`/`@id` (imin's documented keyword style);
 * - extension (`imin:`) and schema.org fields it does not check.
 */
const NOISE_TYPES = new Set([
  "use_field_aliases",
  "file_not_found",
  "experimental_fields_not_checked",
  "schema_org_fields_not_checked",
  "activity_not_in_activity_list",
  "invalid_activity_list",
]);

export interface ValidationProblem {
  type: string;
  severity: string;
  path: string;
  message: string;
}

export async function openActiveProblems(
  data: unknown,
  options: { validationMode?: string; type?: string; ignorePaths?: RegExp[] } = {},
): Promise<ValidationProblem[]> {
  const results = (await validate(data as object, {
    loadRemoteJson: false,
    validationMode: options.validationMode,
    type: options.type,
  })) as ValidationProblem[];
  return results
    .filter((r) => r.severity === "failure")
    .filter((r) => !NOISE_TYPES.has(r.type))
    .filter((r) => !/activity list|activity_list/i.test(r.message))
    .filter((r) => !(options.ignorePaths ?? []).some((re) => re.test(r.path)))
    .map((r) => ({ type: r.type, severity: r.severity, path: r.path, message: r.message.split("\n")[0] }));
}
