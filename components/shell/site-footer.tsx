import type { BrokerConfig } from "@/lib/broker/config";

export function SiteFooter({ broker }: { broker: BrokerConfig }) {
  const links = [
    { href: broker.homeUrl, label: `${broker.name} home` },
    ...(broker.supportUrl ? [{ href: broker.supportUrl, label: "Help" }] : []),
    { href: `mailto:${broker.supportEmail}`, label: broker.supportEmail },
    { href: broker.termsUrl, label: "Terms" },
    { href: broker.privacyUrl, label: "Privacy" },
  ];
  return (
    <footer className="mt-16 border-t border-gray-300">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-6 text-sm">
        <p>
          © {new Date().getFullYear()} {broker.name}
        </p>
        <nav aria-label="Footer">
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
      </div>
    </footer>
  );
}
