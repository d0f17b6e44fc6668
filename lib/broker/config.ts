import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ConfigError, getEnv } from "@/lib/env";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { contrastRatio, ensureContrast, mix, textOn } from "./contrast";

/**
 * The white-label configuration: a JSON file named by BROKER_CONFIG, read when the server runs
 * (not at build time), so one build serves any broker.
 */

const hex = z
  .string()
  .trim()
  .regex(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i, "must be a hex colour like #1a73e8");
const link = z
  .string()
  .trim()
  .refine((v) => v.startsWith("/") || /^https?:\/\//.test(v) || v.startsWith("mailto:"), "must be a URL or a /path");

const brokerConfigSchema = z.object({
  name: z.string().trim().min(1).max(60),
  tagline: z.string().trim().max(140).optional(),
  logoUrl: link.optional(),
  faviconUrl: link.optional(),
  colors: z.object({ primary: hex, accent: hex, background: hex }),
  supportEmail: z.email(),
  supportUrl: link.optional(),
  homeUrl: link,
  termsUrl: link,
  privacyUrl: link,
  /** Card details app (imin hosted) — optional. */
  cardsUrl: link.optional(),
  /** The broker's own words where imin's differ from its customers' ("Memberships" for seller accounts). */
  words: z.object({ memberships: z.string().trim().min(1).max(24).default("Memberships") }).default({ memberships: "Memberships" }),
  /** How distances are shown: miles for UK brokers (every imin broker today), kilometres if asked. */
  distanceUnit: z.enum(["mi", "km"]).default("mi"),
  defaultLocation: z.object({
    name: z.string().trim().min(1),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
  }),
  /** The languages the portal offers (docs/features/languages.md); one language: no switch. */
  locales: z
    .array(z.enum(LOCALES))
    .min(1)
    .refine((l) => new Set(l).size === l.length, "must not repeat a language")
    .default(["en"]),
  /** The language when nothing else decides; one of `locales` (default: the first). */
  defaultLocale: z.enum(LOCALES).optional(),
  /**
   * The broker's own texts in its other languages
   * (`{ "cy": { "tagline": "…", "locationName": "Canol dinas Manceinion", "words": { "memberships": "Aelodaethau" } } }`);
   * `locationName` names `defaultLocation` there.
   */
  translations: z
    .partialRecord(
      z.enum(LOCALES),
      z.object({
        tagline: z.string().trim().max(140).optional(),
        locationName: z.string().trim().min(1).optional(),
        words: z.object({ memberships: z.string().trim().min(1).max(24).optional() }).optional(),
      }),
    )
    .default({}),
});

// The `words` a broker has not set, per language.
const DEFAULT_WORDS: Record<Locale, { memberships: string }> = { en: { memberships: "Memberships" }, cy: { memberships: "Aelodaethau" } };

type BrokerConfigFile = Omit<z.infer<typeof brokerConfigSchema>, "defaultLocale"> & { defaultLocale: Locale };

interface BrokerTheme {
  primary: string;
  onPrimary: string;
  accent: string;
  onAccent: string;
  background: string;
  text: string;
  /** The primary colour adjusted to be readable as text/links on the background. */
  link: string;
  /** Borders and focus rings: at least 3:1 against the background. */
  outline: string;
  /** Information and notice boxes: a light tint of the primary on the background, its border and text. */
  notice: string;
  noticeLine: string;
  onNotice: string;
}

export type BrokerConfig = BrokerConfigFile & { theme: BrokerTheme };

function deriveTheme(colors: BrokerConfigFile["colors"]): BrokerTheme {
  const background = colors.background;
  const text = textOn(background);
  // Body text on a brand background must reach 4.5:1; a background that allows neither is refused.
  if (contrastRatio(text, background) < 4.5) {
    throw new ConfigError("BROKER_CONFIG", "Invalid configuration: BROKER_CONFIG colors.background leaves no readable text colour");
  }
  return {
    primary: colors.primary,
    onPrimary: textOn(colors.primary),
    accent: colors.accent,
    onAccent: textOn(colors.accent),
    background,
    text,
    link: ensureContrast(colors.primary, background, 4.5),
    outline: ensureContrast(colors.primary, background, 3),
    ...noticeColours(colors.primary, background),
  };
}

/** A notice box in the brand's own tint (not a fixed grey or blue that clashes with a tinted background). */
function noticeColours(primary: string, background: string) {
  const notice = mix(primary, background, 0.9);
  return { notice, noticeLine: mix(primary, background, 0.55), onNotice: textOn(notice) };
}

export function parseBrokerConfig(json: unknown, source = "BROKER_CONFIG"): BrokerConfig {
  const result = brokerConfigSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(
      "BROKER_CONFIG",
      `Invalid configuration: BROKER_CONFIG (${source}) ${issue.path.join(".") || "file"} ${issue.message}`,
    );
  }
  const { locales, defaultLocale = locales[0]! } = result.data;
  if (!locales.includes(defaultLocale)) {
    throw new ConfigError("BROKER_CONFIG", `Invalid configuration: BROKER_CONFIG (${source}) defaultLocale must be one of locales`);
  }
  return { ...result.data, defaultLocale, theme: deriveTheme(result.data.colors) };
}

/**
 * The broker's texts in `locale`: its translation where it gave one; for `words` left at their
 * English default, the language's default word. Everything else is the same config.
 */
export function localizedBroker(broker: BrokerConfig, locale: Locale): BrokerConfig {
  if (locale === "en") return broker;
  const t = broker.translations[locale];
  const memberships =
    t?.words?.memberships ??
    (broker.words.memberships === DEFAULT_WORDS.en.memberships ? DEFAULT_WORDS[locale].memberships : broker.words.memberships);
  const defaultLocation = t?.locationName ? { ...broker.defaultLocation, name: t.locationName } : broker.defaultLocation;
  return { ...broker, tagline: t?.tagline ?? broker.tagline, words: { ...broker.words, memberships }, defaultLocation };
}

export function loadBrokerConfig(file: string): BrokerConfig {
  const resolved = path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
  let raw: string;
  try {
    raw = readFileSync(resolved, "utf8");
  } catch {
    throw new ConfigError("BROKER_CONFIG", `Invalid configuration: BROKER_CONFIG file not found: ${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ConfigError("BROKER_CONFIG", `Invalid configuration: BROKER_CONFIG is not valid JSON: ${file}`);
  }
  return parseBrokerConfig(json, file);
}

// Shared through globalThis: Next bundles this module more than once (instrumentation, each route),
// and start-up's read should serve them all.
const KEY = Symbol.for("imin-portal.broker-config");
type Holder = { [KEY]?: { file: string; config: BrokerConfig } };

/**
 * The broker's configuration (BROKER_CONFIG, default brands/default.json), validated. Read once
 * per process, at start-up (lib/startup.ts): every page asks for it, so no file-system call per
 * request; a changed brand file takes effect on restart.
 */
export function getBrokerConfig(): BrokerConfig {
  const holder = globalThis as Holder;
  const file = getEnv().BROKER_CONFIG;
  const cached = holder[KEY];
  if (cached?.file === file) return cached.config;
  const config = loadBrokerConfig(file);
  holder[KEY] = { file, config };
  return config;
}
