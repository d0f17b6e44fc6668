import { ImageResponse } from "next/og";
import { getBrokerConfig } from "@/lib/broker/config";
import { APP_ICONS, brandInitials, isAppIconName } from "@/lib/pwa/icons";

/**
 * The app icons, drawn from the broker's initials in its colours (one build serves any broker, so
 * they are made per request and cached for a day). Maskable ones keep the letters inside the
 * central 80 % that every launcher shape shows.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  if (!isAppIconName(name)) return new Response("Not found", { status: 404 });
  const { size, maskable } = APP_ICONS[name];
  const broker = getBrokerConfig();
  const initials = brandInitials(broker.name);
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: broker.theme.primary,
        color: broker.theme.onPrimary,
        borderRadius: maskable ? 0 : size * 0.18,
        fontSize: size * (maskable ? 0.34 : 0.44),
        fontWeight: 700,
        letterSpacing: -size * 0.01,
      }}
    >
      {initials}
    </div>,
    { width: size, height: size, headers: { "Cache-Control": "public, max-age=86400" } },
  );
}
