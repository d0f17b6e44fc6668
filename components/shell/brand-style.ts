import type { CSSProperties } from "react";
import type { BrokerConfig } from "@/lib/broker/config";

/** The brand theme as CSS variables for <html style>; Tailwind's colour tokens read them. */
export function brandStyle(config: BrokerConfig): CSSProperties {
  const t = config.theme;
  return {
    "--brand-primary": t.primary,
    "--brand-on-primary": t.onPrimary,
    "--brand-accent": t.accent,
    "--brand-on-accent": t.onAccent,
    "--brand-background": t.background,
    "--brand-text": t.text,
    "--brand-link": t.link,
    "--brand-outline": t.outline,
    "--brand-notice": t.notice,
    "--brand-notice-line": t.noticeLine,
    "--brand-on-notice": t.onNotice,
  } as CSSProperties;
}
