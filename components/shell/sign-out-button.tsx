"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { clearOfflineData } from "@/lib/pwa/offline-store";

/** The sign-out form; the signed-in layout passes the action in. Signing out forgets the offline copy. */
export function SignOutButton({ action, className }: { action: () => Promise<void>; className?: string }) {
  const t = useTranslations("shell");
  return (
    <form action={action} onSubmit={() => void clearOfflineData()}>
      <button type="submit" className={buttonClass("secondary", className ?? "py-1.5")}>
        {t("signOut")}
      </button>
    </form>
  );
}
