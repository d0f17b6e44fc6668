import type { Metadata } from "next";
import { deleteJobAction, retryJobAction } from "../actions";
import { ConfirmAction } from "../_components/confirm-action";
import { when } from "../_components/when";
import { operationsView } from "../data";

export const metadata: Metadata = { title: "Mail, jobs and webhooks" };

function age(seconds: number | null) {
  if (seconds == null) return "—";
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} h`;
}

export default async function StaffOperationsPage() {
  const { staff, mail, jobs, receipts } = await operationsView();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Mail, jobs and webhooks</h1>
      <section aria-labelledby="h-mail" className="space-y-2">
        <h2 id="h-mail" className="text-lg font-semibold">
          Mail (every customer)
        </h2>
        <p className="text-sm" data-testid="mail-counts">
          Queued {mail.pending + mail.sending} · sent {mail.sent} · failed {mail.failed}
        </p>
      </section>
      <section aria-labelledby="h-jobs" className="space-y-2">
        <h2 id="h-jobs" className="text-lg font-semibold">
          Job queues
        </h2>
        {jobs ? (
          <>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Jobs per queue</caption>
              <thead>
                <tr>
                  <th scope="col">Queue</th>
                  <th scope="col">Waiting</th>
                  <th scope="col">Active</th>
                  <th scope="col">Failed (dead)</th>
                  <th scope="col">Oldest waiting</th>
                </tr>
              </thead>
              <tbody>
                {jobs.queues.map((q) => (
                  <tr key={q.name} className="border-t border-gray-200">
                    <td>{q.name}</td>
                    <td>{q.waiting}</td>
                    <td>{q.active}</td>
                    <td>{q.failed}</td>
                    <td>{age(q.oldestWaitingSeconds)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3 className="font-semibold">Dead jobs (out of retries)</h3>
            {jobs.dead.length ? (
              <ul className="space-y-3 text-sm" data-testid="dead-jobs">
                {jobs.dead.map((j) => (
                  <li key={j.id} className="space-y-1 border-t border-gray-200 pt-2">
                    <p>
                      {j.queue} · failed {when(j.failedAt)} · {j.retries} retries · {j.reason}
                    </p>
                    {staff.role === "admin" ? (
                      <div className="flex flex-wrap gap-4">
                        <ConfirmAction
                          action={retryJobAction}
                          label="Retry"
                          question="Run this job again?"
                          fields={{ queue: j.queue, jobId: j.id }}
                        />
                        <ConfirmAction
                          action={deleteJobAction}
                          label="Delete"
                          question="Delete this job?"
                          fields={{ queue: j.queue, jobId: j.id }}
                          danger
                        />
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm">None.</p>
            )}
          </>
        ) : (
          <p className="text-sm">The job queue could not be read just now.</p>
        )}
      </section>
      <section aria-labelledby="h-webhooks" className="space-y-2">
        <h2 id="h-webhooks" className="text-lg font-semibold">
          Latest imin webhooks
        </h2>
        {receipts.length ? (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Latest webhook receipts, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Received</th>
                <th scope="col">imin customer</th>
                <th scope="col">Outcome</th>
                <th scope="col">Attempts</th>
              </tr>
            </thead>
            <tbody>
              {receipts.map((r) => (
                <tr key={r.id} className="border-t border-gray-200">
                  <td>{when(r.receivedAt)}</td>
                  <td>{r.iminCustomerId}</td>
                  <td>
                    {r.processedAt
                      ? r.lastError
                        ? `given up: ${r.lastError}`
                        : `processed ${when(r.processedAt)}`
                      : r.lastError
                        ? `retrying: ${r.lastError}`
                        : "waiting"}
                  </td>
                  <td>{r.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-sm">None yet.</p>
        )}
      </section>
    </div>
  );
}
