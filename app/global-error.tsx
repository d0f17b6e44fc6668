"use client";

import { useEffect, useState } from "react";

// Replaces the root layout when it fails, so it brings its own <html> and plain styles, and cannot
// rely on the catalogues' provider (the layout that failed sets it up): its few words are here in
// both languages, chosen by the NEXT_LOCALE cookie, else the browser's languages.
const WORDS = {
  en: { title: "Something went wrong", body: "Sorry, the portal could not be shown. Please try again in a moment.", retry: "Try again" },
  cy: {
    title: "Aeth rhywbeth o’i le",
    body: "Mae’n ddrwg gennym, doedd dim modd dangos y porth. Rhowch gynnig arall arni mewn munud.",
    retry: "Rhowch gynnig arall arni",
  },
} as const;

function browserLanguage(): keyof typeof WORDS {
  const cookie = /(?:^|;\s*)NEXT_LOCALE=(en|cy)\b/.exec(document.cookie)?.[1];
  if (cookie === "cy" || cookie === "en") return cookie;
  return navigator.languages
    .find((l) => /^(cy|en)\b/i.test(l))
    ?.toLowerCase()
    .startsWith("cy")
    ? "cy"
    : "en";
}

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [lang, setLang] = useState<keyof typeof WORDS>("en");
  useEffect(() => setLang(browserLanguage()), []);
  const w = WORDS[lang];
  return (
    <html lang={lang}>
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "4rem auto", maxWidth: "36rem", padding: "0 1rem" }}>
        <main>
          <h1>{w.title}</h1>
          <p>{w.body}</p>
          <button type="button" onClick={reset} style={{ padding: "0.5rem 1rem" }}>
            {w.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
