import type { ReactNode } from "react";
import type { BrokerConfig } from "@/lib/broker/config";
import { BrandMark } from "./brand-mark";
import { OfflinePackGuard } from "./offline-pack-guard";
import { SandboxBadge } from "./sandbox-badge";

export function SiteHeader({ broker, sandbox, children }: { broker: BrokerConfig; sandbox: boolean; children?: ReactNode }) {
  return (
    <header className="border-b border-gray-300 bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="flex items-center gap-3">
          <BrandMark broker={broker} />
          {sandbox ? <SandboxBadge /> : null}
        </div>
        {children}
      </div>
      <OfflinePackGuard />
    </header>
  );
}
