/**
 * The codes as the desk sees them: black on white with quiet zones at full width, so a scanner
 * reads them at any screen brightness, and the text in large type for staff who key it in. The SVG
 * markup comes from lib/codes (bars and modules only, drawn by the server from a validated value).
 */
/**
 * A barcode or QR code drawn by lib/codes, as one image for screen readers. The markup is bars or
 * modules only (bwip-js, qrcode), drawn on the server from a validated value: nothing to inject.
 */
export function CodeImage({ svg, label, className }: { svg: string; label: string; className: string }) {
  return (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: bars or modules only, drawn on the server from a validated value.
    <div role="img" aria-label={label} className={className} dangerouslySetInnerHTML={{ __html: svg }} />
  );
}

export function PassCode({ sellerName, number, barcodeSvg }: { sellerName: string; number: string; barcodeSvg: string | null }) {
  return (
    <figure className="w-full" data-testid="desk-pass">
      {barcodeSvg ? (
        <CodeImage
          svg={barcodeSvg}
          label={`Access pass barcode for ${sellerName}, number ${number}`}
          className="mx-auto w-full max-w-xl bg-white [&>svg]:block [&>svg]:h-auto [&>svg]:w-full"
        />
      ) : null}
      <figcaption className="mt-4 text-center">
        <span className="block text-sm font-semibold uppercase tracking-wide">Card number</span>
        <span className="block break-all font-mono text-4xl font-bold tracking-widest" data-testid="desk-pass-number">
          {number}
        </span>
      </figcaption>
    </figure>
  );
}

export function AccessCode({ label, code, qrSvg }: { label: string; code: string; qrSvg: string | null }) {
  return (
    <figure className="w-full" data-testid="desk-code">
      {qrSvg ? (
        <CodeImage
          svg={qrSvg}
          label={`QR code for ${label} ${code}`}
          className="mx-auto aspect-square w-full max-w-72 bg-white [&>svg]:block [&>svg]:h-full [&>svg]:w-full"
        />
      ) : null}
      <figcaption className="mt-4 text-center">
        <span className="block text-sm font-semibold uppercase tracking-wide">{label}</span>
        <span className="block break-all font-mono text-4xl font-bold tracking-widest" data-testid="desk-code-text">
          {code}
        </span>
      </figcaption>
    </figure>
  );
}
