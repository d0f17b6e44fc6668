import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";

/**
 * A family member or a group booking that does not exist, or is someone else's, answers a real
 * 404 (not a 200 page saying "not found"): no loading skeleton streams ahead of these pages.
 */
test("a missing family member or group booking answers 404", async ({ demoPage }) => {
  const paths = [
    `/family/${randomUUID()}`,
    `/family/${randomUUID()}/remove`,
    "/family/not-a-member",
    `/book/any-session/group/${randomUUID()}`,
    "/book/any-session/group/not-a-plan",
  ];
  for (const path of paths) {
    const res = await demoPage.request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(404);
  }
  // The family page itself still answers.
  expect((await demoPage.request.get("/family", { maxRedirects: 0 })).status()).toBe(200);
});
