import { useTranslations } from "next-intl";
import { SiteHeader } from "@/components/shell/site-header";
import { LinkButton } from "@/components/ui/button";
import type { BrokerConfig } from "@/lib/broker/config";

/** The signed-out `/`: the same HTML for every visitor of a language (scripts/page-cache.mjs keeps one rendering per language). */
export function Landing({ broker, sandbox }: { broker: BrokerConfig; sandbox: boolean }) {
  const t = useTranslations("home.landing");
  const common = useTranslations("common");
  return (
    <>
      <SiteHeader broker={broker} sandbox={sandbox} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-16">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{broker.name}</h1>
        <p className="mt-4 text-lg">{broker.tagline ?? t("tagline")}</p>
        <ul className="mt-6 list-disc space-y-1 pl-5">
          <li>{t("seeBookings")}</li>
          <li>{t("linkMemberships")}</li>
          <li>{t("findSession")}</li>
        </ul>
        <div className="mt-8 flex flex-wrap gap-3">
          <LinkButton href="/sign-up">{common("createAccount")}</LinkButton>
          <LinkButton href="/sign-in" variant="secondary">
            {common("signIn")}
          </LinkButton>
        </div>
      </main>
    </>
  );
}
