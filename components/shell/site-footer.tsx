import { getLocale, getTranslations } from "next-intl/server";
import type { BrokerConfig } from "@/lib/broker/config";
import type { Locale } from "@/lib/i18n/locales";
import { LanguageSwitch } from "./language-switch";

/** The footer of every page; the language switch when the broker offers more than one language (not in the staff console). */
export async function SiteFooter({ broker, showSwitch = true }: { broker: BrokerConfig; showSwitch?: boolean }) {
  const t = await getTranslations("shell");
  const locale = (await getLocale()) as Locale;
  const links = [
    { href: broker.homeUrl, label: t("footer.home", { broker: broker.name }) },
    ...(broker.supportUrl ? [{ href: broker.supportUrl, label: t("footer.help") }] : []),
    { href: `mailto:${broker.supportEmail}`, label: broker.supportEmail },
    { href: broker.termsUrl, label: t("footer.terms") },
    { href: broker.privacyUrl, label: t("footer.privacy") },
  ];
  return (
    <footer className="mt-16 border-t border-gray-300">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-6 text-sm">
        <p>
          © {new Date().getFullYear()} {broker.name}
        </p>
        <nav aria-label={t("footer.label")}>
          <ul className="flex flex-wrap gap-4">
            {links.map((l) => (
              <li key={l.href}>
                <a className="text-link underline underline-offset-2" href={l.href}>
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {showSwitch && broker.locales.length > 1 ? (
          <LanguageSwitch locales={broker.locales} current={locale} label={t("language.label")} />
        ) : null}
      </div>
    </footer>
  );
}
