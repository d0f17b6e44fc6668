import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/** The family pages' forms and error boundary (client components) get the "family" namespace too. */
export default function FamilyLayout({ children }: { children: ReactNode }) {
  return <ClientMessages pick={["family"]}>{children}</ClientMessages>;
}
