import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format";
import { orIminMessage } from "@/lib/imin/errors";
import { pendingBookingsOf, requireMemberPage } from "../../data";
import { RemoveMemberForm } from "../../_components/remove-member-form";
import { BackToFamily } from "../../_components/back-to-family";

export const metadata: Metadata = { title: "Remove family member" };

export default async function RemoveMemberPage({ params }: { params: Promise<{ memberId: string }> }) {
  const { user, member, name } = await requireMemberPage(params);
  const { value: pending, message: loadError } = await orIminMessage(pendingBookingsOf(user.iminCustomerId, member));

  return (
    <div className="space-y-6">
      <BackToFamily />
      <PageHeader title={`Remove ${name}`} />
      {pending === undefined ? (
        <Alert tone="error" title="We can't check their bookings right now">
          A family member is removed only when nothing of theirs is booked, so nothing has been removed. {loadError}
        </Alert>
      ) : pending.length ? (
        <div className="space-y-4" data-testid="remove-refused">
          <Alert
            tone="warning"
            title={`${member.givenName} has ${pending.length === 1 ? "an upcoming booking" : `${pending.length} upcoming bookings`}`}
          >
            <p>
              We can only remove a family member when nothing of theirs is booked: their places would stay with the venue under a person who
              no longer exists. Cancel {pending.length === 1 ? "it" : "them"} first (or wait until{" "}
              {pending.length === 1 ? "it has" : "they have"} taken place), then come back here.
            </p>
          </Alert>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {pending.map((b) => (
              <li key={b.id}>
                {b.title}, {formatDateTime(b.startDate, b.timeZone)}
              </li>
            ))}
          </ul>
          <LinkButton href={`/bookings?person=${member.id}`} className="min-h-11">
            See {member.givenName}&apos;s bookings
          </LinkButton>
        </div>
      ) : (
        <div className="space-y-4">
          <p className="text-sm">
            {member.givenName} has no upcoming bookings. Removing them takes them off your family here and asks our booking partner to erase
            their details. Their past bookings stay with the venues. This can&apos;t be undone; you can add them again later.
          </p>
          <RemoveMemberForm memberId={member.id} name={member.givenName} />
        </div>
      )}
    </div>
  );
}
