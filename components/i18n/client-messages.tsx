import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages } from "@/lib/i18n/client-namespaces";
import { MoreMessages } from "./more-messages";

/**
 * Gives the client components inside it the catalogue parts named in `pick` (dotted paths) on top of
 * the root's (components/i18n/root-messages.tsx), nothing more: a page's form carries its own words,
 * not its whole area's, and no page's data carries the root's.
 */
export async function ClientMessages({ pick, children }: { pick: readonly string[]; children: ReactNode }) {
  return <MoreMessages messages={pickMessages(await getMessages(), pick)}>{children}</MoreMessages>;
}
