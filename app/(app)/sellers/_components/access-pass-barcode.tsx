import { CodeFigure } from "@/components/pass/code-figure";
import { code128Svg } from "@/lib/codes/code128";

/**
 * The access pass as a front-desk scanner needs it: wide, high-contrast bars on white with quiet
 * zones, and the number in large type beside it for staff who type it in.
 */
export function AccessPassBarcode({ text, sellerName }: { text: string; sellerName: string }) {
  return (
    <CodeFigure
      layout="inline"
      svg={code128Svg(text)}
      imageLabel={`Access pass barcode for ${sellerName}, number ${text}`}
      imageClassName="w-72 max-w-full rounded border border-gray-300 bg-white p-1 [&>svg]:block [&>svg]:h-auto [&>svg]:w-full"
      caption="Card number"
      text={text}
      testId="access-pass"
      textTestId="access-pass-number"
    />
  );
}
