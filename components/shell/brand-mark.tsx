import Link from "next/link";
import type { BrokerConfig } from "@/lib/broker/config";

export function BrandMark({ broker, href = "/" }: { broker: BrokerConfig; href?: string }) {
  return (
    <Link href={href} className="flex items-center gap-2 text-lg font-bold" data-testid="brand-name">
      {broker.logoUrl ? (
        // Brand logos are arbitrary URLs from configuration: a plain img avoids image-domain config.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={broker.logoUrl} alt="" width={32} height={32} className="h-8 w-8" />
      ) : null}
      <span>{broker.name}</span>
    </Link>
  );
}
