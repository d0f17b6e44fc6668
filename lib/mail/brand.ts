import { getBrokerConfig, type BrokerConfig } from "@/lib/broker/config";
import { contrastRatio, ensureContrast, textOn } from "@/lib/broker/contrast";
import { getEnv } from "@/lib/env";

/** What a mail needs of the broker: every link absolute, every colour pair readable. */
export interface MailBrand {
  name: string;
  logoUrl?: string;
  portalUrl: string;
  supportEmail: string;
  supportUrl?: string;
  homeUrl: string;
  termsUrl: string;
  privacyUrl: string;
  colors: {
    background: string;
    text: string;
    link: string;
    button: string;
    onButton: string;
  };
}

function absolute(link: string, portalUrl: string): string {
  return link.startsWith("/") ? `${portalUrl}${link}` : link;
}

/** A button colour that carries readable text: the primary colour, darkened or lightened when it must be. */
function buttonColours(primary: string): { button: string; onButton: string } {
  const onButton = textOn(primary);
  if (contrastRatio(onButton, primary) >= 4.5) return { button: primary, onButton };
  return { button: ensureContrast(primary, "#ffffff", 4.5), onButton: "#ffffff" };
}

export function mailBrand(config: BrokerConfig = getBrokerConfig(), portalUrl: string = getEnv().PORTAL_URL): MailBrand {
  const { theme } = config;
  return {
    name: config.name,
    logoUrl: config.logoUrl ? absolute(config.logoUrl, portalUrl) : undefined,
    portalUrl,
    supportEmail: config.supportEmail,
    supportUrl: config.supportUrl ? absolute(config.supportUrl, portalUrl) : undefined,
    homeUrl: absolute(config.homeUrl, portalUrl),
    termsUrl: absolute(config.termsUrl, portalUrl),
    privacyUrl: absolute(config.privacyUrl, portalUrl),
    colors: { background: theme.background, text: theme.text, link: theme.link, ...buttonColours(theme.primary) },
  };
}
