import type { BrokerConfig } from "@/lib/broker/config";

/** The share image's size: Open Graph's and the large Twitter card's 1.91:1. */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 };

export interface ShareCardFacts {
  /** The session's or court's name. */
  title: string;
  /** Date and time in the venue's zone, with the zone. */
  when?: string;
  venue?: string;
  price?: string;
}

/**
 * The picture a shared session or slot link shows (drawn by next/og, so only flex layout and inline
 * styles): the broker's name on its primary colour, then what, when and where on its background.
 */
export function ShareCard({ broker, facts, fallbackTitle }: { broker: BrokerConfig; facts?: ShareCardFacts; fallbackTitle: string }) {
  const { theme } = broker;
  // "Find a session with <broker>", in the page's language, when the session or slot is gone.
  const title = facts?.title ?? fallbackTitle;
  return (
    <div
      style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: theme.background, color: theme.text }}
    >
      <div
        style={{
          display: "flex",
          alignItems: "center",
          justifyContent: "space-between",
          padding: "36px 64px",
          background: theme.primary,
          color: theme.onPrimary,
          fontSize: 40,
        }}
      >
        <span>{broker.name}</span>
        {facts?.price ? <span style={{ fontSize: 36 }}>{facts.price}</span> : null}
      </div>
      <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, justifyContent: "center", padding: "0 64px", gap: 24 }}>
        <div style={{ display: "flex", fontSize: title.length > 40 ? 64 : 80, lineHeight: 1.1, color: theme.text }}>{title}</div>
        {facts?.when ? <div style={{ display: "flex", fontSize: 40, color: theme.link }}>{facts.when}</div> : null}
        {facts?.venue ? <div style={{ display: "flex", fontSize: 36 }}>{facts.venue}</div> : null}
      </div>
      <div style={{ display: "flex", height: 16, background: theme.accent }} />
    </div>
  );
}
