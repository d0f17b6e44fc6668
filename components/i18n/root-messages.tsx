import { getLocale, getTimeZone } from "next-intl/server";
import type { ReactNode } from "react";
import { RootMessagesCy } from "./root-messages-cy";
import { RootMessagesEn } from "./root-messages-en";

/**
 * The root's client words (CLIENT_NAMESPACES) for every client component of the page. They come
 * from a static chunk of the page's language, which the browser caches, instead of riding in every
 * page's HTML and RSC data; one module per language, so a page loads only its own language's chunk.
 */
export async function RootMessages({ children }: { children: ReactNode }) {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  const Provider = locale === "cy" ? RootMessagesCy : RootMessagesEn;
  return (
    <Provider locale={locale} timeZone={timeZone}>
      {children}
    </Provider>
  );
}
