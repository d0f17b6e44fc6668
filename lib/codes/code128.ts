import { toSVG } from "bwip-js/node";

/** Code 128 as inline SVG (bars only, white quiet zones); null when the text cannot be encoded. */
export function code128Svg(text: string): string | null {
  try {
    return toSVG({
      bcid: "code128",
      text,
      scale: 3,
      height: 18,
      includetext: false,
      paddingwidth: 10,
      paddingheight: 4,
      backgroundcolor: "FFFFFF",
    });
  } catch {
    return null;
  }
}
