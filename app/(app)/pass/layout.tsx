import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/** The pass pages' saved-copy views and error boundary (client components) get the "pass" namespace too. */
export default function PassLayout({ children }: { children: ReactNode }) {
  return <ClientMessages pick={["pass"]}>{children}</ClientMessages>;
}
