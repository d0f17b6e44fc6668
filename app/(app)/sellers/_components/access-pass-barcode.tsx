import { CodeImage } from "@/components/pass/desk-codes";
import { code128Svg } from "@/lib/codes/code128";

/**
 * The access pass as a front-desk scanner needs it: wide, high-contrast bars on white with quiet
 * zones, and the number in large type beside it for staff who type it in.
 */
export function AccessPassBarcode({ text, sellerName }: { text: string; sellerName: string }) {
  const svg = code128Svg(text);
  return (
    <figure className="flex flex-wrap items-center gap-4" data-testid="access-pass">
      {svg ? (
        <CodeImage
          svg={svg}
          label={`Access pass barcode for ${sellerName}, number ${text}`}
          className="w-72 max-w-full rounded border border-gray-300 bg-white p-1 [&>svg]:block [&>svg]:h-auto [&>svg]:w-full"
        />
      ) : null}
      <figcaption>
        <span className="block text-xs uppercase tracking-wide text-gray-700">Card number</span>
        <span className="font-mono text-2xl font-semibold tracking-wider" data-testid="access-pass-number">
          {text}
        </span>
      </figcaption>
    </figure>
  );
}
