import { getLocale, getTimeZone } from "next-intl/server";
import type { ReactNode } from "react";
import { RootMessagesProvider } from "./root-messages-provider";

/**
 * The root's client words (CLIENT_NAMESPACES) for every client component of the page. They come
 * from a static chunk, which the browser caches, instead of riding in every page's HTML and RSC
 * data. The chunk holds every language's root words (~2.5 KB gzipped each): Next.js puts a layout's
 * client components in one chunk group, so one module per language would not split them either.
 */
export async function RootMessages({ children }: { children: ReactNode }) {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return (
    <RootMessagesProvider locale={locale} timeZone={timeZone}>
      {children}
    </RootMessagesProvider>
  );
}
