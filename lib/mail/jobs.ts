import "server-only";
import type { JobDefinition, Queue } from "@/lib/jobs/queues";
import { deliverDueMail } from "./deliver";

/** Mail whose first attempt failed, retried from the outbox (which keeps its own back-off). */
const MAIL_DELIVERY: Queue = { name: "mail-delivery", options: { policy: "singleton", retryLimit: 0, expireInSeconds: 600 } };

export const mailJobs: JobDefinition[] = [{ queue: MAIL_DELIVERY, handle: () => deliverDueMail(), every: () => "* * * * *" }];
