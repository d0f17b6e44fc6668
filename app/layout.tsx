import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { brandStyle } from "@/components/shell/brand-style";
import { SiteFooter } from "@/components/shell/site-footer";
import { SkipLink } from "@/components/shell/skip-link";
import { getBrokerConfig } from "@/lib/broker/config";
import "./globals.css";

// Every page is rendered per request: the Content-Security-Policy nonce (proxy.ts) is new each time,
// so nothing is prerendered. The brand (BROKER_CONFIG) is read once at start-up, so one build serves any broker.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const broker = getBrokerConfig();
  return {
    title: { default: broker.name, template: `%s · ${broker.name}` },
    description: broker.tagline ?? `Your ${broker.name} account: bookings, orders and linked memberships.`,
    applicationName: broker.name,
    icons: { ...(broker.faviconUrl ? { icon: broker.faviconUrl } : {}), apple: "/icons/apple-touch-icon.png" },
    appleWebApp: { capable: true, title: broker.name, statusBarStyle: "default" },
    robots: { index: false, follow: false },
  };
}

export async function generateViewport(): Promise<Viewport> {
  return { themeColor: getBrokerConfig().theme.primary };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  const broker = getBrokerConfig();
  return (
    <html lang="en-GB" style={brandStyle(broker)}>
      <body className="flex min-h-screen flex-col antialiased max-md:has-[[data-tab-bar]]:pb-16">
        <SkipLink />
        <div className="flex-1">{children}</div>
        <SiteFooter broker={broker} />
      </body>
    </html>
  );
}
