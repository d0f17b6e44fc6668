/** WCAG 2 contrast helpers, so any brand colours end up with readable text. */

function parseHex(hex: string): [number, number, number] {
  let h = hex.trim().replace(/^#/, "");
  if (h.length === 3)
    h = h
      .split("")
      .map((c) => c + c)
      .join("");
  const n = Number.parseInt(h, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b]
    .map((v) =>
      Math.round(Math.max(0, Math.min(255, v)))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `a` moved towards `b` by `t` (0: `a`, 1: `b`), as a hex colour: tints of the brand. */
export function mix(a: string, b: string, t: number): string {
  const [x, y] = [parseHex(a), parseHex(b)];
  return toHex([x[0] + (y[0] - x[0]) * t, x[1] + (y[1] - x[1]) * t, x[2] + (y[2] - x[2]) * t]);
}

const DARK = "#111827";
const LIGHT = "#ffffff";

/** The readable text colour (near-black or white) on a background. */
export function textOn(background: string): string {
  return contrastRatio(DARK, background) >= contrastRatio(LIGHT, background) ? DARK : LIGHT;
}

/**
 * `colour` itself when it reaches `min` contrast against `background`, otherwise the same hue moved
 * towards black or white until it does (used for links and outlines in the brand colour).
 */
export function ensureContrast(colour: string, background: string, min = 4.5): string {
  if (contrastRatio(colour, background) >= min) return toHex(parseHex(colour));
  const target = textOn(background) === DARK ? [0, 0, 0] : [255, 255, 255];
  const [r, g, b] = parseHex(colour);
  for (let t = 0.05; t <= 1; t += 0.05) {
    const mixed = toHex([r + (target[0]! - r) * t, g + (target[1]! - g) * t, b + (target[2]! - b) * t]);
    if (contrastRatio(mixed, background) >= min) return mixed;
  }
  return textOn(background);
}
