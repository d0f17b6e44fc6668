/** The invite's QR code: modules only, drawn on the server by qrcode from the otpauth URI (nothing to inject). */
export function QrImage({ svg }: { svg: string }) {
  return (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: modules only, drawn on the server from the otpauth URI.
    <div role="img" aria-label="QR code of the setup key" className="mt-2 w-48" dangerouslySetInnerHTML={{ __html: svg }} />
  );
}
