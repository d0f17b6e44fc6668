import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/**
 * The orders pages' error boundaries (client components below this layout) name what failed to
 * load in the page's language: only those few "orders" words are sent besides the root's.
 */
export default function OrdersLayout({ children }: { children: ReactNode }) {
  return <ClientMessages pick={["orders.errorWhat"]}>{children}</ClientMessages>;
}
