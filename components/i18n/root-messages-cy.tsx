"use client";

import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import messages from "@/messages/client/cy.json";

/** The root's client words in this language (components/i18n/root-messages.tsx). */
export function RootMessagesCy({ locale, timeZone, children }: { locale: string; timeZone: string; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={messages}>
      {children}
    </NextIntlClientProvider>
  );
}
