import { ImageResponse } from "next/og";
import { getBrokerConfig, type BrokerConfig } from "@/lib/broker/config";
import { brandLogoDataUrl } from "@/lib/pwa/brand-logo";
import { APP_ICONS, brandInitials, isAppIconName } from "@/lib/pwa/icons";

/** Share of the icon the logo may fill: maskable icons keep it inside the safe circle (80 % wide). */
const LOGO_SHARE = { any: 0.64, maskable: 0.5 };

function art(broker: BrokerConfig, size: number, maskable: boolean, logo: string | undefined) {
  const box = Math.round(size * (maskable ? LOGO_SHARE.maskable : LOGO_SHARE.any));
  return (
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
      {logo ? <img src={logo} width={box} height={box} alt="" style={{ objectFit: "contain" }} /> : brandInitials(broker.name)}
    </div>
  );
}

async function png(element: ReturnType<typeof art>, size: number): Promise<ArrayBuffer> {
  return new ImageResponse(element, { width: size, height: size }).arrayBuffer();
}

/**
 * The app icons: the broker's logo centred on its brand colour, or its initials when there is no
 * logo or it cannot be read or drawn. Made per request (one build serves any broker), the logo read
 * once per process. Maskable ones keep the art inside the central circle every launcher shape shows.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  if (!isAppIconName(name)) return new Response("Not found", { status: 404 });
  const { size, maskable } = APP_ICONS[name];
  const broker = getBrokerConfig();
  const logo = await brandLogoDataUrl(broker.logoUrl);
  let body: ArrayBuffer | undefined;
  if (logo) body = await png(art(broker, size, maskable, logo), size).catch(() => undefined);
  const fromLogo = Boolean(body);
  body ??= await png(art(broker, size, maskable, undefined), size);
  // A configured logo that could not be used is tried again soon rather than cached for a day.
  const maxAge = fromLogo || !broker.logoUrl ? 86400 : 300;
  return new Response(body, { headers: { "Content-Type": "image/png", "Cache-Control": `public, max-age=${maxAge}` } });
}
