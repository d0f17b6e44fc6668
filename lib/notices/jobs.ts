import "server-only";
import type { JobDefinition } from "@/lib/jobs/queues";
import { mailNewNotices } from "./mail";
import { recoverUnprocessed } from "./process";
import { NOTICE_MAIL, WEBHOOK_PROCESS, WEBHOOK_RECOVERY } from "./queues";
import { processWebhookJob } from "./webhook-job";

/** The notice jobs: each webhook's processing, a recovery pass for those left over, and the notice mail. */
export const noticeJobs: JobDefinition[] = [
  { queue: WEBHOOK_PROCESS, handle: (data) => processWebhookJob(data) },
  { queue: WEBHOOK_RECOVERY, handle: () => recoverUnprocessed(true), every: () => "* * * * *" },
  { queue: NOTICE_MAIL, handle: () => mailNewNotices(), every: () => "* * * * *" },
];
