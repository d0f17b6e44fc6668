"use client";

import { NextIntlClientProvider, useLocale, useMessages } from "next-intl";
import { type ReactNode, useMemo } from "react";
import { mergeMessages } from "@/lib/i18n/client-namespaces";

/** The messages around it (the root's static chunk, an area's) with `messages` added. */
export function MoreMessages({ messages, children }: { messages: Record<string, unknown>; children: ReactNode }) {
  const base = useMessages();
  const locale = useLocale();
  const merged = useMemo(() => mergeMessages(base, messages), [base, messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
