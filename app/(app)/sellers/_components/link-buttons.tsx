import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { UnlinkedSellerAccount } from "@/lib/imin/seller-accounts";

const sr = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

/**
 * The link choices for a seller. The forms name only the seller and the choice: the server looks
 * the tokened target up again and redirects, so no target ever reaches the page.
 */
export function LinkButtons({ account, action }: { account: UnlinkedSellerAccount; action: (formData: FormData) => Promise<void> }) {
  const t = useTranslations("sellers.link");
  const name = account.seller.name;
  if (!account.registerTarget && !account.createTarget) {
    return <p className="mt-3 text-sm">{t("unavailableFor", { name })}</p>;
  }
  return (
    <div className="mt-4 space-y-3">
      {account.matchingEmailExists ? (
        <p className="rounded-md border border-notice-line bg-notice px-3 py-2 text-sm text-on-notice" data-testid="matching-email">
          {t("matchingEmail", { name })}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {account.registerTarget ? (
          <form action={action}>
            <input type="hidden" name="seller" value={account.seller.id} />
            <input type="hidden" name="choice" value="register" />
            <SubmitButton
              variant={account.matchingEmailExists || !account.createTarget ? "primary" : "secondary"}
              pendingText={t("opening")}
            >
              {t.rich("connect", { name, sr })}
            </SubmitButton>
          </form>
        ) : null}
        {account.createTarget ? (
          <form action={action}>
            <input type="hidden" name="seller" value={account.seller.id} />
            <input type="hidden" name="choice" value="create" />
            <SubmitButton variant={account.matchingEmailExists ? "secondary" : "primary"} pendingText={t("opening")}>
              {t.rich("create", { name, sr })}
            </SubmitButton>
          </form>
        ) : null}
      </div>
    </div>
  );
}
