import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { EMAIL_KIND_LABELS, EMAIL_KINDS } from "@/lib/notifications/kinds";
import {
  attachCreateAction,
  calendarOffAction,
  clearLockoutAction,
  deleteCustomerAction,
  resendConfirmationAction,
  resendMailAction,
  retryCreateAction,
  sendResetAction,
  signOutEverywhereAction,
} from "../../actions";
import { ConfirmAction } from "../../_components/confirm-action";
import { when } from "../../_components/when";
import { customerView } from "../../data";

export const metadata: Metadata = { title: "Customer" };

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `h-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="space-y-2 rounded-md border border-gray-300 p-4">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-medium">{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function StaffCustomerPage({
  params,
  searchParams,
}: {
  params: Promise<{ customerId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { customerId } = await params;
  const reveal = (await searchParams).reveal === "1";
  const view = await customerView(customerId, reveal);
  if (!view) notFound();
  const { customer, records, imin, staff } = view;
  const fields = { customerId: customer.id };
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link className="text-link underline underline-offset-2" href="/staff">
          ← Find a customer
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{customer.email}</h1>
      <div className="grid gap-4 lg:grid-cols-2">
        <Section title="Login">
          <Facts
            rows={[
              [
                "State",
                <span key="state" data-testid="login-state">
                  {records.state}
                </span>,
              ],
              ["Created", when(customer.createdAt)],
              ["Email confirmed", when(customer.emailVerifiedAt)],
              ["Last sign-in", when(records.sessions.lastSignIn)],
              [
                "Active sessions",
                <span key="sessions" data-testid="active-sessions">
                  {records.sessions.active.length}
                </span>,
              ],
              [
                "Locked out",
                records.lockouts.locked.length ? (
                  <ul key="lockouts" data-testid="lockouts">
                    {records.lockouts.locked.map((l) => (
                      <li key={l.address}>
                        {l.address}: {l.failures} failures, until {when(l.until)}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span key="lockouts" data-testid="lockouts">
                    No
                  </span>
                ),
              ],
              ["Failed sign-ins (15 min, any address)", records.lockouts.emailFailures],
            ]}
          />
        </Section>
        <Section title="imin">
          <Facts
            rows={[
              ["imin customer id", customer.iminCustomerId ?? "— (not created yet)"],
              ...(imin.ok
                ? ([
                    ["Name", imin.name ?? "—"],
                    [
                      "Phone",
                      <span key="phone" data-testid="phone">
                        {imin.phone ?? "—"}
                      </span>,
                    ],
                    ["Birth date", imin.birthDate ?? "—"],
                  ] as [string, ReactNode][])
                : customer.iminCustomerId
                  ? ([["Live details", "imin could not be read just now."]] as [string, ReactNode][])
                  : []),
            ]}
          />
          {reveal ? (
            <p className="text-sm">Shown in full (recorded in the audit log).</p>
          ) : (
            <Link className="text-link text-sm underline underline-offset-2" href={`/staff/customers/${customer.id}?reveal=1`}>
              Reveal phone and birth dates (recorded in the audit log)
            </Link>
          )}
          {imin.ok ? (
            <>
              <h3 className="font-semibold">Linked sellers</h3>
              {imin.sellers.length ? (
                <ul className="text-sm">
                  {imin.sellers.map((s) => (
                    <li key={s.name}>
                      {s.name} {s.dateLinked ? `(since ${s.dateLinked.slice(0, 10)})` : ""}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm">None.</p>
              )}
              <h3 className="font-semibold">Upcoming bookings</h3>
              {imin.bookings.length ? (
                <ul className="text-sm">
                  {imin.bookings.map((b) => (
                    <li key={`${b.title}-${b.startDate}`}>
                      {b.title}, {when(b.startDate)} ({b.status})
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm">None.</p>
              )}
            </>
          ) : null}
        </Section>
        <Section title="Family members">
          {records.family.length ? (
            <ul className="text-sm">
              {records.family.map((m) => (
                <li key={m.id}>
                  {m.name}, born {m.birthDate ?? "—"}, imin id {m.iminCustomerId}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm">None.</p>
          )}
        </Section>
        <Section title="Calendar and email">
          <Facts
            rows={[
              [
                "Calendar feed",
                <span key="feed" data-testid="calendar-feed">
                  {records.calendarFeed ? `on since ${when(records.calendarFeed.since)}` : "off"}
                </span>,
              ],
              ...EMAIL_KINDS.map((k) => [EMAIL_KIND_LABELS[k].title, records.preferences[k] ? "on" : "off"] as [string, ReactNode]),
            ]}
          />
        </Section>
      </div>

      <Section title="Act for them">
        <p className="text-sm text-gray-700">
          Each action asks to confirm and is recorded. Links go to the customer by mail; you never see them.
        </p>
        <div className="grid gap-4 md:grid-cols-2">
          {!customer.emailVerifiedAt ? (
            <ConfirmAction
              action={resendConfirmationAction}
              label="Resend the confirmation link"
              question="Mail a new confirmation link?"
              fields={fields}
            />
          ) : null}
          <ConfirmAction action={sendResetAction} label="Send a password reset link" question="Mail a reset link?" fields={fields} />
          <ConfirmAction action={clearLockoutAction} label="Clear the lockout" question="Forget their failed sign-ins?" fields={fields} />
          <ConfirmAction
            action={signOutEverywhereAction}
            label="Sign out everywhere"
            question="End every session and the calendar link?"
            fields={fields}
          />
          {records.calendarFeed ? (
            <ConfirmAction
              action={calendarOffAction}
              label="Turn off the calendar feed"
              question="Turn off their calendar link?"
              fields={fields}
            />
          ) : null}
          {records.createOperation?.state === "ambiguous" ? (
            <>
              <ConfirmAction
                action={retryCreateAction}
                label="Allow one more imin create"
                question="Allow the create once more?"
                fields={fields}
              />
              <ConfirmAction
                action={attachCreateAction}
                label="Attach an imin customer"
                question="Attach this imin customer to the login?"
                fields={fields}
              >
                <label className="block text-sm font-medium" htmlFor="attach-id">
                  imin customer identifier (found at imin by the email)
                </label>
                <input id="attach-id" name="iminCustomerId" className="input-box" />
              </ConfirmAction>
            </>
          ) : null}
          {staff.role === "admin" ? (
            <ConfirmAction
              action={deleteCustomerAction}
              label="Delete the account"
              question="Delete the account here and at imin? This cannot be undone."
              fields={fields}
              danger
            />
          ) : null}
        </div>
        {records.createOperation ? (
          <p className="text-sm">
            imin create: {records.createOperation.state}, {records.createOperation.attempts} attempts, lost answers{" "}
            {records.createOperation.ambiguousCount}
            {records.createOperation.lastError ? ` (${records.createOperation.lastError})` : ""}
          </p>
        ) : null}
      </Section>

      <Section title="Mail to this customer">
        {records.outbox.length ? (
          <table className="w-full text-left text-sm" data-testid="outbox">
            <caption className="sr-only">Mail to {customer.email}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Queued</th>
                <th scope="col">Mail</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last error</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {records.outbox.map((m) => (
                <tr key={m.id} className="border-t border-gray-200 align-top">
                  <td>{when(m.createdAt)}</td>
                  <td>
                    {m.subject} <span className="text-gray-700">({m.kind})</span>
                  </td>
                  <td>{m.status === "pending" || m.status === "sending" ? "queued" : m.status}</td>
                  <td>{m.attempts}</td>
                  <td>{m.lastError ?? "—"}</td>
                  <td>
                    {m.status === "failed" ? (
                      <ConfirmAction
                        action={resendMailAction}
                        label="Send again"
                        question="Send this mail again?"
                        fields={{ ...fields, mailId: m.id }}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-sm">No mail.</p>
        )}
      </Section>
    </div>
  );
}
