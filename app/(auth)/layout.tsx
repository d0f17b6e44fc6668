import type { ReactNode } from "react";
import { SiteHeader } from "@/components/shell/site-header";
import { getBrokerConfig } from "@/lib/broker/config";
import { isSandboxMode } from "@/lib/sandbox-mode";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader broker={getBrokerConfig()} sandbox={isSandboxMode()} />
      <main id="main" className="mx-auto w-full max-w-md px-4 py-10">
        {children}
      </main>
    </>
  );
}
