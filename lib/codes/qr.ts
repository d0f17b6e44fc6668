import QRCode from "qrcode";

/**
 * A QR code as inline SVG: black modules on white with the standard four-module quiet zone and
 * medium error correction, so a desk scanner reads it from a scratched or dimmed phone screen.
 * Null when the text cannot be encoded.
 */
export async function qrSvg(text: string): Promise<string | null> {
  try {
    return await QRCode.toString(text, {
      type: "svg",
      errorCorrectionLevel: "M",
      margin: 4,
      color: { dark: "#000000", light: "#ffffff" },
    });
  } catch {
    return null;
  }
}
