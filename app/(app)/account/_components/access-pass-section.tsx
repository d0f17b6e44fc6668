import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Alert } from "@/components/ui/alert";
import type { PortalUser } from "@/lib/auth/current-user";
import { IminError } from "@/lib/imin/errors";
import { getProfile } from "../data";
import { AccessPassForm } from "./access-pass-form";
import { AccessPassSkeleton } from "./profile-skeletons";

async function AccessPassBody({ user }: { user: PortalUser }) {
  try {
    const profile = await getProfile(user);
    return <AccessPassForm current={profile.accessPass} />;
  } catch (e) {
    if (e instanceof IminError)
      return <Alert tone="error">{(await getTranslations("account.accessPass"))("unavailable", { reason: e.customerMessage })}</Alert>;
    throw e;
  }
}

/** The access pass section of /account. */
export async function AccessPassSection({ user }: { user: PortalUser }) {
  const t = await getTranslations("account.sections");
  return (
    <section id="access-pass" aria-labelledby="access-pass-heading" className="rounded-lg border border-gray-300 p-5">
      <h2 id="access-pass-heading" className="mb-4 text-lg font-semibold">
        {t("accessPass")}
      </h2>
      <Suspense fallback={<AccessPassSkeleton />}>
        <AccessPassBody user={user} />
      </Suspense>
    </section>
  );
}
