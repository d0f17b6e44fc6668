import { log } from "./log";
import { metrics } from "./metrics";

/**
 * Counts and logs one delivery attempt of a stored mail (lib/mail/deliver.ts): its kind, outbox
 * id and attempt, never the address, subject or body. `reason` is already scrubbed of the
 * address and SMTP credentials by the caller.
 */
export function mailOutcome(
  row: { id: string; kind: string; attempts: number },
  outcome: "sent" | "retry" | "failed",
  reason?: string,
  nextAttemptAt?: Date | null,
) {
  metrics().mailSends.inc({ kind: row.kind, outcome });
  const fields = {
    mail: { id: row.id, kind: row.kind, attempt: row.attempts, outcome, ...(reason ? { reason } : {}) },
    ...(nextAttemptAt ? { nextAttemptAt: nextAttemptAt.toISOString() } : {}),
  };
  const line = `mail: ${row.kind} ${row.id} ${outcome === "sent" ? "sent" : outcome === "retry" ? "attempt failed, will retry" : "failed"}`;
  if (outcome === "sent") log().info(fields, line);
  else if (outcome === "retry") log().warn(fields, line);
  else log().error(fields, line);
}
