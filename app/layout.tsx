import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { RootMessages } from "@/components/i18n/root-messages";
import { brandStyle } from "@/components/shell/brand-style";
import { SiteFooter } from "@/components/shell/site-footer";
import { SkipLink } from "@/components/shell/skip-link";
import { getBrokerConfig } from "@/lib/broker/config";
import { languageAlternates } from "@/lib/i18n/alternates";
import { isEnglishOnlyPath } from "@/lib/i18n/locales";
import "./globals.css";

// Every page is rendered per request: the Content-Security-Policy nonce (proxy.ts) is new each time,
// so nothing is prerendered. The brand (BROKER_CONFIG) is read once at start-up, so one build serves any broker.
export const dynamic = "force-dynamic";

async function currentPath() {
  return (await headers()).get("x-portal-path") ?? "/";
}

export async function generateMetadata(): Promise<Metadata> {
  const broker = getBrokerConfig();
  const t = await getTranslations("shell.meta");
  // The page's twin in each language the broker offers (docs/features/languages.md).
  const languages = languageAlternates(broker, await currentPath());
  return {
    title: { default: broker.name, template: t("titleTemplate", { broker: broker.name }) },
    description: broker.tagline ?? t("description", { broker: broker.name }),
    applicationName: broker.name,
    icons: { ...(broker.faviconUrl ? { icon: broker.faviconUrl } : {}), apple: "/icons/apple-touch-icon.png" },
    appleWebApp: { capable: true, title: broker.name, statusBarStyle: "default" },
    robots: { index: false, follow: false },
    ...(languages ? { alternates: { languages } } : {}),
  };
}

export async function generateViewport(): Promise<Viewport> {
  return { themeColor: getBrokerConfig().theme.primary };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const broker = getBrokerConfig();
  const locale = await getLocale();
  return (
    <html lang={locale} style={brandStyle(broker)}>
      <body className="flex min-h-screen flex-col antialiased max-md:has-[[data-tab-bar]]:pb-16">
        <RootMessages>
          <SkipLink />
          <div className="flex-1">{children}</div>
          <SiteFooter broker={broker} showSwitch={!isEnglishOnlyPath(await currentPath())} />
        </RootMessages>
      </body>
    </html>
  );
}
