import type { Seller } from "../store/types";

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A simple square SVG logo: the seller's initials on its brand colour. */
export function sellerLogoSvg(seller: Pick<Seller, "name" | "slug">, colour: string): string {
  const initials = seller.name
    .split(/\s+/)
    .filter((w) => /^[A-Za-z]/.test(w))
    .slice(0, 2)
    .map((w) => w[0].toUpperCase())
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128" role="img" aria-label="${escapeXml(seller.name)} logo">
  <rect width="128" height="128" rx="24" fill="${escapeXml(colour)}"/>
  <circle cx="100" cy="28" r="10" fill="#ffffff" fill-opacity="0.35"/>
  <text x="64" y="78" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="44" font-weight="700" fill="#ffffff">${escapeXml(initials)}</text>
</svg>
`;
}
