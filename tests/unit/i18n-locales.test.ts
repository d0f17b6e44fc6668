import { describe, expect, test } from "vitest";
import { parseBrokerConfig } from "@/lib/broker/config";
import { acceptedLanguages, chooseLocale, intlLocale, isEnglishOnlyPath, twinPath } from "@/lib/i18n/locales";
import { tError, vkey } from "@/lib/i18n/validation";
import { emailField, nameField } from "@/lib/person/fields";
// @ts-expect-error -- a plain .mjs file, without type declarations
import { languageOf } from "../../scripts/page-cache.mjs";
import defaultBrand from "../../brands/default.json";

const BOTH = ["en", "cy"] as const;

describe("the request's language", () => {
  test("?lang= wins, then the stored choice, the cookie, Accept-Language, the default", () => {
    const all = { query: "cy", stored: "en", cookie: "en", acceptLanguage: "en-GB" };
    expect(chooseLocale(all, BOTH, "en")).toBe("cy");
    expect(chooseLocale({ ...all, query: null, stored: "cy" }, BOTH, "en")).toBe("cy");
    expect(chooseLocale({ ...all, query: null, stored: null, cookie: "cy" }, BOTH, "en")).toBe("cy");
    expect(chooseLocale({ acceptLanguage: "fr-FR, cy;q=0.9, en;q=0.8" }, BOTH, "en")).toBe("cy");
    expect(chooseLocale({ acceptLanguage: "fr-FR" }, BOTH, "cy")).toBe("cy");
    expect(chooseLocale({}, BOTH, "en")).toBe("en");
  });

  test("a language the broker does not offer is skipped at every step", () => {
    expect(chooseLocale({ query: "cy", stored: "cy", cookie: "cy", acceptLanguage: "cy" }, ["en"], "en")).toBe("en");
    expect(chooseLocale({ query: "de", cookie: "xx" }, BOTH, "en")).toBe("en");
  });

  test("Accept-Language is read by q, then order; q=0 and * are ignored", () => {
    expect(acceptedLanguages("en;q=0.5, cy-GB, *;q=0.1")).toEqual(["cy", "en"]);
    expect(acceptedLanguages("cy;q=0, en")).toEqual(["en"]);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });

  test("the twin URL keeps the path and query and sets lang", () => {
    expect(twinPath("/book?q=swim&lang=en", "cy")).toBe("/book?q=swim&lang=cy");
    expect(twinPath("/bookings?_rsc=abc", "en")).toBe("/bookings?lang=en");
    expect(twinPath("/?lang=cy", undefined)).toBe("/");
  });

  test("Intl locales and the English-only staff console", () => {
    expect(intlLocale("cy")).toBe("cy-GB");
    expect(intlLocale("en")).toBe("en-GB");
    expect(isEnglishOnlyPath("/staff/customers")).toBe(true);
    expect(isEnglishOnlyPath("/staffing")).toBe(false);
  });
});

describe("broker languages", () => {
  test("default brand offers English and Welsh, English by default", () => {
    const broker = parseBrokerConfig(defaultBrand);
    expect(broker.locales).toEqual(["en", "cy"]);
    expect(broker.defaultLocale).toBe("en");
  });

  test("without locales: English only; the default is the first offered; a default not offered is refused", () => {
    const { locales: _l, defaultLocale: _d, ...rest } = defaultBrand as Record<string, unknown>;
    expect(parseBrokerConfig(rest).locales).toEqual(["en"]);
    expect(parseBrokerConfig({ ...rest, locales: ["cy", "en"] }).defaultLocale).toBe("cy");
    expect(() => parseBrokerConfig({ ...rest, locales: ["en"], defaultLocale: "cy" })).toThrow(/defaultLocale/);
    expect(() => parseBrokerConfig({ ...rest, locales: ["en", "fr"] })).toThrow(/locales/);
  });
});

describe("the page cache's language key", () => {
  test("the cookie, else the first known language of Accept-Language", () => {
    expect(languageOf({ cookie: "a=1; NEXT_LOCALE=cy", "accept-language": "en" })).toBe("cy");
    expect(languageOf({ "accept-language": "fr, cy-GB;q=0.8, en;q=0.9" })).toBe("en");
    expect(languageOf({ cookie: "NEXT_LOCALE=xx" })).toBe("");
  });
});

describe("validation messages", () => {
  const t = Object.assign((key: string, values?: Record<string, string | number>) => `«${key}${values ? JSON.stringify(values) : ""}»`, {
    has: (key: string) => key.startsWith("validation.") && key !== "validation.unknownKey",
  });
  test("a schema carries keys with their values; a key is translated, words are shown as they are", () => {
    expect(emailField.safeParse("not an email").error?.issues[0]?.message).toBe("validation.emailInvalid");
    expect(nameField("first name").safeParse("").error?.issues[0]?.message).toBe("validation.nameRequired?field=givenName");
    expect(vkey("validation.tooLong", { max: 40 })).toBe("validation.tooLong?max=40");
    expect(tError(t, "validation.tooLong?max=40")).toBe('«validation.tooLong{"max":40}»');
    expect(tError(t, "validation.emailInvalid")).toBe("«validation.emailInvalid»");
    expect(tError(t, "That email is already in use.")).toBe("That email is already in use.");
    expect(tError(t, "validation.unknownKey")).toBe("validation.unknownKey");
  });
});
