import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { DYNAMIC_KEY_PREFIXES } from "@/lib/i18n/dynamic-keys";
import cy from "@/messages/cy.json";
import en from "@/messages/en.json";

// The catalogues' rules (docs/features/languages.md): same keys in both, no unused keys, sorted keys,
// balanced ICU, plurals with the six Welsh forms and English one/other, the formal register.

const ROOT = path.resolve(__dirname, "../..");
const NAMESPACES = ["common", "shell", "home", "errors", "offline", "manifest", "validation", "auth", "account", "family", "sellers"];
const MORE_NAMESPACES = [
  "pass",
  "book",
  "session",
  "slot",
  "groupBooking",
  "bookings",
  "orders",
  "mail",
  "calendar",
  "receipt",
  "unsubscribe",
];
const WELSH_PLURALS = ["zero", "one", "two", "few", "many", "other"];

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const enKeys = flatten(en as Tree);
const cyKeys = flatten(cy as Tree);

/** Each `{arg, plural|selectordinal|select, ...}` in a message: its kind and its selectors. */
function choices(message: string): Array<{ arg: string; kind: string; selectors: string[] }> {
  const found: Array<{ arg: string; kind: string; selectors: string[] }> = [];
  const head = /\{\s*(\w+)\s*,\s*(plural|selectordinal|select)\s*,/g;
  for (let m = head.exec(message); m; m = head.exec(message)) {
    let i = m.index + m[0].length;
    const selectors: string[] = [];
    // Read "selector {body}" pairs until the closing brace of the argument.
    while (i < message.length) {
      const rest = message.slice(i);
      const sel = /^\s*(offset:\d+\s*)?(=?\w+)\s*\{/.exec(rest);
      if (!sel) break;
      selectors.push(sel[2]!);
      i += sel[0].length;
      let depth = 1;
      while (i < message.length && depth > 0) {
        if (message[i] === "{") depth++;
        else if (message[i] === "}") depth--;
        i++;
      }
    }
    found.push({ arg: m[1]!, kind: m[2]!, selectors });
  }
  return found;
}

/** The message without ICU's quoted literals ('{' or '{…}'). */
const unquoted = (message: string) => message.replace(/'[{}#|][^']*'/g, "");

/** The index just past the `}` that closes the `{` at `open`. */
function closing(message: string, open: number): number {
  let depth = 0;
  for (let i = open; i < message.length; i++) {
    if (message[i] === "{") depth++;
    else if (message[i] === "}" && --depth === 0) return i + 1;
  }
  return message.length;
}

/** The arguments a message uses: `{name}`, `{name, kind, …}`, and those inside plural and select bodies. */
function argumentNames(message: string, out = new Set<string>()): Set<string> {
  for (let i = message.indexOf("{"); i >= 0; i = message.indexOf("{", i)) {
    const end = closing(message, i);
    const inner = message.slice(i + 1, end - 1);
    const head = /^\s*(\w+)\s*(?:,\s*(\w+)\s*,?)?/.exec(inner);
    if (head) {
      out.add(head[1]!);
      if (head[2] === "plural" || head[2] === "select" || head[2] === "selectordinal") {
        const rest = inner.slice(head[0].length);
        for (let j = rest.indexOf("{"); j >= 0; j = rest.indexOf("{", j)) {
          const bodyEnd = closing(rest, j);
          argumentNames(rest.slice(j + 1, bodyEnd - 1), out);
          j = bodyEnd;
        }
      }
    }
    i = end;
  }
  return out;
}

function balanced(message: string): boolean {
  let depth = 0;
  for (const ch of unquoted(message)) {
    if (ch === "{") depth++;
    if (ch === "}") depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx|mjs)$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name)) out.push(full);
  }
  return out;
}

/** Every key the source uses: full keys as string literals, or keys relative to a namespace the same file translates with. */
function usedKeys(): Set<string> {
  const used = new Set<string>();
  const files = ["app", "components", "lib", "i18n"].flatMap((d) => sourceFiles(path.join(ROOT, d)));
  const allKeys = [...enKeys.keys()];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const literals = new Set<string>();
    for (const m of text.matchAll(/(["'`])([\w.-]+)\1/g)) literals.add(m[2]!);
    const namespaces = new Set<string>();
    const call = /\b(?:useTranslations|getTranslations|translatorFor)\(\s*(?:[\w.]+\s*,\s*)?(?:\{[^}]*namespace:\s*)?["'`]([\w.]+)["'`]/g;
    for (const m of text.matchAll(call)) namespaces.add(m[1]!);
    for (const m of text.matchAll(/\bnamespace:\s*["'`]([\w.]+)["'`]/g)) namespaces.add(m[1]!);
    for (const key of allKeys) {
      if (literals.has(key)) used.add(key);
      for (const ns of namespaces) if (key.startsWith(`${ns}.`) && literals.has(key.slice(ns.length + 1))) used.add(key);
    }
  }
  for (const key of allKeys) if (DYNAMIC_KEY_PREFIXES.some((p) => key.startsWith(p))) used.add(key);
  return used;
}

describe("message catalogues", () => {
  test("both files have every area's namespace, in the same order", () => {
    expect(Object.keys(en)).toEqual([...NAMESPACES, ...MORE_NAMESPACES]);
    expect(Object.keys(cy)).toEqual([...NAMESPACES, ...MORE_NAMESPACES]);
  });

  test("every key is in both catalogues", () => {
    expect([...enKeys.keys()].filter((k) => !cyKeys.has(k))).toEqual([]);
    expect([...cyKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([]);
  });

  test("keys are sorted within each namespace", () => {
    const unsorted: string[] = [];
    const walk = (tree: Tree, at: string) => {
      const keys = Object.keys(tree);
      const sorted = [...keys].sort((a, b) => a.localeCompare(b, "en"));
      if (keys.join() !== sorted.join()) unsorted.push(at);
      for (const [k, v] of Object.entries(tree)) if (typeof v !== "string") walk(v, `${at}.${k}`);
    };
    for (const catalogue of [en, cy] as Tree[]) for (const [ns, tree] of Object.entries(catalogue)) walk(tree as Tree, ns);
    expect(unsorted).toEqual([]);
  });

  test("no message is empty, every ICU brace is balanced, both languages use the same arguments", () => {
    const bad: string[] = [];
    const args = (m: string) => [...argumentNames(unquoted(m))].sort().join();
    for (const [key, message] of enKeys) {
      const welsh = cyKeys.get(key) ?? "";
      if (!message.trim() || !welsh.trim()) bad.push(`${key}: empty`);
      if (!balanced(message) || !balanced(welsh)) bad.push(`${key}: unbalanced braces`);
      if (args(message) !== args(welsh)) bad.push(`${key}: arguments ${args(message)} / ${args(welsh)}`);
    }
    expect(bad).toEqual([]);
  });

  test("plurals: Welsh has zero, one, two, few, many and other; English one and other", () => {
    const bad: string[] = [];
    for (const [key, message] of enKeys) {
      for (const c of choices(message).filter((x) => x.kind === "plural")) {
        for (const form of ["one", "other"]) if (!c.selectors.includes(form)) bad.push(`en ${key}: ${c.arg} lacks ${form}`);
      }
      for (const c of choices(cyKeys.get(key) ?? "").filter((x) => x.kind === "plural")) {
        for (const form of WELSH_PLURALS) if (!c.selectors.includes(form)) bad.push(`cy ${key}: ${c.arg} lacks ${form}`);
      }
      const enPlurals = choices(message).filter((x) => x.kind === "plural").length;
      const cyPlurals = choices(cyKeys.get(key) ?? "").filter((x) => x.kind === "plural").length;
      if (enPlurals !== cyPlurals) bad.push(`${key}: ${enPlurals} plural(s) in en, ${cyPlurals} in cy`);
    }
    expect(bad).toEqual([]);
  });

  test("every select has an other", () => {
    const bad = [...enKeys, ...cyKeys].flatMap(([key, m]) =>
      choices(m)
        .filter((c) => c.kind !== "plural" && !c.selectors.includes("other"))
        .map(() => key),
    );
    expect(bad).toEqual([]);
  });

  test("Welsh uses the formal register (chi, not ti)", () => {
    // The familiar forms a service must not use (docs/languages-glossary.md).
    const familiar = /\b(ti|di|dy|dyt|wyt|gelli|hoffet|rwyt|rho|cofia|dewisa|gwasga|teipia|clicia|mewngofnoda)\b/i;
    expect([...cyKeys].filter(([, m]) => familiar.test(m.replace(/\{[^{}]*\}/g, ""))).map(([k]) => k)).toEqual([]);
  });

  test("no unused keys: each is used in the source, or listed in lib/i18n/dynamic-keys.ts", () => {
    const used = usedKeys();
    expect([...enKeys.keys()].filter((k) => !used.has(k))).toEqual([]);
  });
});

describe("the plural reader", () => {
  test("finds every selector, nested braces included", () => {
    expect(choices("{count, plural, =0 {none} one {# place} other {# places ({n} left)}}")).toEqual([
      { arg: "count", kind: "plural", selectors: ["=0", "one", "other"] },
    ]);
  });
});
