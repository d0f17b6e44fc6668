import type { IntlLocale } from "@/lib/i18n/locales";

/**
 * The few words lib/format writes itself, per language. Kept here rather than in messages/ because
 * lib/format runs in client components too and must not pull a whole catalogue into their bundle.
 */
interface FormatWords {
  dateToBeConfirmed: string;
  free: string;
  /** "Times are UK time (GMT)": `place` is "UK time" or "<City> time". */
  zoneNote: (place: string, zone: string) => string;
  ukTime: string;
  placeTime: (city: string) => string;
  genders: Record<"Male" | "Female" | "Other" | "PreferNotToSay", string>;
}

const EN: FormatWords = {
  dateToBeConfirmed: "Date to be confirmed",
  free: "Free",
  zoneNote: (place, zone) => `Times are ${place} (${zone})`,
  ukTime: "UK time",
  placeTime: (city) => `${city} time`,
  genders: { Male: "Male", Female: "Female", Other: "Other", PreferNotToSay: "Prefer not to say" },
};

const CY: FormatWords = {
  dateToBeConfirmed: "Dyddiad i’w gadarnhau",
  free: "Am ddim",
  zoneNote: (place, zone) => `Mae’r amseroedd yn ôl ${place} (${zone})`,
  ukTime: "amser y DU",
  placeTime: (city) => `amser ${city}`,
  genders: { Male: "Gwryw", Female: "Benyw", Other: "Arall", PreferNotToSay: "Mae’n well gen i beidio â dweud" },
};

export function formatWords(locale: IntlLocale | string = "en-GB"): FormatWords {
  return locale === "cy-GB" || locale === "cy" ? CY : EN;
}
