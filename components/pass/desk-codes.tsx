import { CodeFigure } from "./code-figure";

/**
 * The codes as the desk sees them: black on white with quiet zones at full width, so a scanner
 * reads them at any screen brightness, and the text in large type for staff who key it in. The SVG
 * markup comes from lib/codes (bars and modules only, drawn by the server from a validated value).
 */
export function PassCode({ sellerName, number, barcodeSvg }: { sellerName: string; number: string; barcodeSvg: string | null }) {
  return (
    <CodeFigure
      layout="desk"
      svg={barcodeSvg}
      imageLabel={`Access pass barcode for ${sellerName}, number ${number}`}
      imageClassName="mx-auto w-full max-w-xl bg-white [&>svg]:block [&>svg]:h-auto [&>svg]:w-full"
      caption="Card number"
      text={number}
      testId="desk-pass"
      textTestId="desk-pass-number"
    />
  );
}

export function AccessCode({ label, code, qrSvg }: { label: string; code: string; qrSvg: string | null }) {
  return (
    <CodeFigure
      layout="desk"
      svg={qrSvg}
      imageLabel={`QR code for ${label} ${code}`}
      imageClassName="mx-auto aspect-square w-full max-w-72 bg-white [&>svg]:block [&>svg]:h-full [&>svg]:w-full"
      caption={label}
      text={code}
      testId="desk-code"
      textTestId="desk-code-text"
    />
  );
}
