"use client";

import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import cy from "@/messages/client/cy.json";
import en from "@/messages/client/en.json";

const CATALOGUES: Record<string, typeof en> = { en, cy };

/** The root's client words in the page's language (components/i18n/root-messages.tsx). */
export function RootMessagesProvider({ locale, timeZone, children }: { locale: string; timeZone: string; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={CATALOGUES[locale] ?? en}>
      {children}
    </NextIntlClientProvider>
  );
}
