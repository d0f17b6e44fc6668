import { PassCode } from "@/components/pass/desk-codes";
import { code128Svg } from "@/lib/codes/code128";

/**
 * The access pass as a front-desk scanner needs it: wide, high-contrast bars on white with quiet
 * zones, and the number in large type beside it for staff who type it in.
 */
export function AccessPassBarcode({ text, sellerName }: { text: string; sellerName: string }) {
  return <PassCode layout="inline" sellerName={sellerName} number={text} barcodeSvg={code128Svg(text)} />;
}
