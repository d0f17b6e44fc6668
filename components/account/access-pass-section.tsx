import { Alert } from "@/components/ui/alert";
import { SkeletonList } from "@/components/ui/skeleton";
import { getProfile } from "@/app/(app)/account/data";
import { customerSummaryOf } from "@/lib/imin/accounts";
import { IminError } from "@/lib/imin/errors";
import { processPendingFor, recordCustomerState } from "@/lib/notices/process";
import { Suspense } from "react";
import { after } from "next/server";
import { AccessPassForm } from "./access-pass-form";

async function AccessPassBody({ userId, customerId }: { userId: string; customerId: string }) {
  try {
    await processPendingFor(userId, customerId).catch(() => undefined);
    const observedAt = new Date();
    const profile = await getProfile(customerId);
    // What the customer sees now is the baseline later changes are compared with.
    after(() => recordCustomerState(userId, { customer: customerSummaryOf(profile) }, false, observedAt).catch(() => undefined));
    return <AccessPassForm current={profile.accessPass} />;
  } catch (e) {
    if (e instanceof IminError) return <Alert tone="error">Your access pass can&apos;t be changed right now. {e.customerMessage}</Alert>;
    throw e;
  }
}

/** The access pass section of /account. */
export function AccessPassSection({ userId, customerId }: { userId: string; customerId: string }) {
  return (
    <section id="access-pass" aria-labelledby="access-pass-heading" className="rounded-lg border border-gray-300 p-5">
      <h2 id="access-pass-heading" className="mb-4 text-lg font-semibold">
        Access pass
      </h2>
      <Suspense fallback={<SkeletonList rows={1} label="Loading your access pass…" />}>
        <AccessPassBody userId={userId} customerId={customerId} />
      </Suspense>
    </section>
  );
}
