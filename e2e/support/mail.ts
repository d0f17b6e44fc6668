import { expect } from "@playwright/test";
import type { SandboxAdmin } from "../fixtures";

export interface CaughtMail {
  id: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  date: string;
}

/** Every mail the sandbox catcher holds for this address, newest first. */
export async function mailTo(admin: SandboxAdmin, address: string): Promise<CaughtMail[]> {
  const res = await admin.get<{ items: CaughtMail[] }>(`/admin/mail?to=${encodeURIComponent(address)}`);
  expect(res.status).toBe(200);
  return res.body.items;
}

/** Waits for the newest mail to this address whose subject matches (mail is sent after the answer). */
export async function waitForMail(admin: SandboxAdmin, address: string, subject: RegExp): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailTo(admin, address)).find((m) => subject.test(m.subject));
        return Boolean(found);
      },
      { message: `a mail to ${address} with subject ${subject}`, timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

/** The first link in the mail's plain text that goes to this portal path. */
export function linkIn(mail: CaughtMail, pathPrefix: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((u) => new URL(u).pathname.startsWith(pathPrefix));
  expect(link, `a ${pathPrefix} link in "${mail.subject}"`).toBeTruthy();
  return link!;
}
