import { afterAll, beforeEach, describe, expect, test, vi } from "vitest";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { operationsOverview } from "@/lib/staff/ops";
import { createStaffSession } from "@/lib/staff/sessions";
import { createStaff, searchAudit } from "@/lib/staff/store";
import { newTotpSecret } from "@/lib/staff/totp";
import { backends, withTestDatabase } from "../support/database";
import { withTestEnv } from "../support/env";

// The console's actions read the staff cookie and the client address from next/headers.
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined), set: () => {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const actions = await import("@/app/staff/actions");

withTestEnv({ AUTH_SECURE_COOKIES: "false" });
let n = 0;

describe.each(backends)("dead jobs in the staff console on $name", ({ name }) => {
  withTestDatabase(name);
  afterAll(async () => {
    await stopBoss(0);
  });
  beforeEach(() => jar.clear());

  async function signInAs(role: "support" | "admin") {
    const member = await createStaff({
      email: `jobs-${role}${++n}.${name}@broker.example`,
      role,
      passwordHash: "unused",
      totpSecret: newTotpSecret(),
      recoveryCodes: [],
    });
    jar.set("staff-session", (await createStaffSession(member!.id, { full: true })).id);
    return member!;
  }

  async function deadJob(queue: string) {
    const boss = await getBoss();
    await boss.createQueue(queue, { name: queue, retryLimit: 0 });
    const id = (await boss.send(queue, { customer: "someone" }))!;
    const [job] = await boss.fetch(queue);
    expect(job?.id).toBe(id);
    await boss.fail(queue, id, new Error("imin answered 503"));
    return id;
  }

  test("an admin sees a dead job with its reason, retries it and deletes another; support may not; each audited", async () => {
    const queue = `staff-test-${name}`;
    const first = await deadJob(queue);
    const second = await deadJob(queue);
    const boss = await getBoss();

    const overview = await operationsOverview();
    expect(overview.jobs?.dead).toEqual(
      expect.arrayContaining([expect.objectContaining({ queue, id: first, reason: "imin answered 503" })]),
    );
    expect(overview.jobs?.queues.find((q) => q.name === queue)).toMatchObject({ failed: 2 });

    await signInAs("support");
    const refused = await actions.retryJobAction({ status: "idle" }, form({ queue, jobId: first, confirm: "yes" }));
    expect(refused).toEqual({ status: "error", message: "This needs the admin role." });
    expect((await boss.getJobById(queue, first))?.state).toBe("failed");

    const admin = await signInAs("admin");
    expect(await actions.retryJobAction({ status: "idle" }, form({ queue, jobId: first, confirm: "yes" }))).toMatchObject({
      status: "success",
    });
    expect(["retry", "created"]).toContain((await boss.getJobById(queue, first))?.state);
    expect(await actions.deleteJobAction({ status: "idle" }, form({ queue, jobId: second, confirm: "yes" }))).toMatchObject({
      status: "success",
    });
    expect(await boss.getJobById(queue, second)).toBeNull();

    const lines = await searchAudit(admin.email);
    expect(lines.map((l) => [l.action, (l.detail as { id?: string }).id])).toEqual(
      expect.arrayContaining([
        ["job.retry", first],
        ["job.delete", second],
      ]),
    );
  });
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}
