import type { Seller } from "../store/types";

export interface SellerSeed {
  slug: string;
  name: string;
  colour: string;
  domain: string;
  telephone: string;
  accessPassPattern: RegExp;
  accessPassRule: string;
  linkProfile: Seller["linkProfile"];
  detailPushRule?: Seller["detailPushRule"];
  sameAs: string[];
}

/** Fictional UK leisure operators. Each booking system accepts a different access pass format. */
export const SELLER_SEEDS: readonly SellerSeed[] = [
  {
    slug: "riverside-leisure",
    name: "Riverside Leisure Trust",
    colour: "#0b6e4f",
    domain: "riverside-leisure.example",
    telephone: "020 7946 0101",
    accessPassPattern: /^\d{8,12}$/,
    accessPassRule: "8 to 12 digits",
    linkProfile: "entitlement",
    sameAs: ["https://twitter.com/riversideleisure.example"],
  },
  {
    slug: "northern-active",
    name: "Northern Active",
    colour: "#1d3557",
    domain: "northern-active.example",
    telephone: "0161 496 0202",
    accessPassPattern: /^[A-Z]{2}\d{6,10}$/,
    accessPassRule: "two capital letters followed by 6 to 10 digits",
    linkProfile: "evidence",
    detailPushRule: "telephone-leading-zero",
    sameAs: ["https://www.facebook.com/northernactive.example"],
  },
  {
    slug: "peak-community-sport",
    name: "Peak Community Sport",
    colour: "#9c2c77",
    domain: "peak-community-sport.example",
    telephone: "0113 496 0303",
    accessPassPattern: /^[A-Z0-9]{6,16}$/,
    accessPassRule: "6 to 16 capital letters or digits",
    linkProfile: "plain",
    sameAs: [],
  },
  {
    slug: "harbourside-fitness",
    name: "Harbourside Fitness",
    colour: "#e76f51",
    domain: "harbourside-fitness.example",
    telephone: "0117 496 0404",
    accessPassPattern: /^[A-Za-z0-9-]{1,32}$/,
    accessPassRule: "up to 32 letters, digits or hyphens",
    linkProfile: "plain",
    sameAs: ["https://www.instagram.com/harbourside.example"],
  },
  {
    slug: "midland-pools",
    name: "Midland Pools & Gyms",
    colour: "#2a9d8f",
    domain: "midland-pools.example",
    telephone: "0121 496 0505",
    accessPassPattern: /^\d{10}$/,
    accessPassRule: "exactly 10 digits",
    linkProfile: "entitlement-error",
    sameAs: [],
  },
  {
    slug: "westcountry-wellbeing",
    name: "Westcountry Wellbeing",
    colour: "#6a4c93",
    domain: "westcountry-wellbeing.example",
    telephone: "0117 496 0606",
    accessPassPattern: /^WW-\d{4,8}$/,
    accessPassRule: "WW- followed by 4 to 8 digits",
    linkProfile: "evidence",
    sameAs: [],
  },
];

const COLOURS = new Map(SELLER_SEEDS.map((s) => [s.slug, s.colour]));

export function brandColourOf(slug: string): string {
  return COLOURS.get(slug) ?? "#444444";
}

export function buildSellers(publicBaseUrl: string): Seller[] {
  return SELLER_SEEDS.map((s) => ({
    id: `${publicBaseUrl}/sellers/${s.slug}`,
    slug: s.slug,
    name: s.name,
    url: `https://www.${s.domain}/`,
    logoPath: `/assets/sellers/${s.slug}.svg`,
    email: `bookings@${s.domain}`,
    telephone: s.telephone,
    sameAs: s.sameAs,
    termsUrl: `https://www.${s.domain}/terms`,
    privacyUrl: `https://www.${s.domain}/privacy`,
    accessPassPattern: s.accessPassPattern,
    accessPassRule: s.accessPassRule,
    linkProfile: s.linkProfile,
    detailPushRule: s.detailPushRule,
  }));
}
