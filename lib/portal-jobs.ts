import "server-only";
import type { JobDefinition } from "@/lib/jobs/queues";
import { mailJobs } from "@/lib/mail/jobs";
import { noticeJobs } from "@/lib/notices/jobs";
import { reminderJobs } from "@/lib/reminders/jobs";

/** Every background job the portal runs, each declared by the domain that owns it. */
export const PORTAL_JOBS: JobDefinition[] = [...mailJobs, ...noticeJobs, ...reminderJobs];
