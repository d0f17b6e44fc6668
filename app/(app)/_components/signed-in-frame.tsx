import { useLocale } from "next-intl";
import type { ReactNode } from "react";
import { AppFrame } from "@/components/shell/app-frame";
import type { PortalUser } from "@/lib/auth/current-user";
import { getBrokerConfig, localizedBroker } from "@/lib/broker/config";
import type { Locale } from "@/lib/i18n/locales";
import type { NoticeView } from "@/lib/notices/view";
import { isSandboxMode } from "@/lib/sandbox-mode";
import { dismissNoticeAction, signOutAction } from "../actions";
import { NoticeBanner } from "./notice-banner";

/** The signed-in frame with its notice banner: the (app) layout's and the signed-in home's. */
export function SignedInFrame({
  user,
  notices,
  children,
}: {
  user: PortalUser;
  /** null: a prefetched frame, whose banner reads the notices itself. */
  notices: NoticeView[] | null;
  children: ReactNode;
}) {
  const locale = useLocale() as Locale;
  return (
    <AppFrame
      broker={localizedBroker(getBrokerConfig(), locale)}
      sandbox={isSandboxMode()}
      userName={user.givenName ?? user.email}
      signOutAction={signOutAction}
      banner={<NoticeBanner initial={notices} dismissAction={dismissNoticeAction} />}
    >
      {children}
    </AppFrame>
  );
}
