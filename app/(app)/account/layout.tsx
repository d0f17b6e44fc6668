import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/** The account page's forms and error boundary (client components) get the "account" namespace too. */
export default function AccountLayout({ children }: { children: ReactNode }) {
  return <ClientMessages pick={["account"]}>{children}</ClientMessages>;
}
