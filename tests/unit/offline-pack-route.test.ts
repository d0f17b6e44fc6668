import { NextRequest } from "next/server";
import { beforeEach, describe, expect, test, vi } from "vitest";

const state = vi.hoisted(() => ({ user: undefined as { id: string } | undefined, builds: 0, fail: false }));

vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => state.user }));
vi.mock("@/lib/pwa/offline-pack", () => ({
  buildOfflinePack: async (user: { id: string }) => {
    state.builds++;
    if (state.fail) throw new Error("imin unreachable");
    return { version: 1, userId: user.id, passes: [], bookings: [] };
  },
}));

const { GET } = await import("@/app/api/offline-pack/route");
const get = (path: string) => GET(new NextRequest(`http://portal.test${path}`));

beforeEach(() => {
  state.user = undefined;
  state.builds = 0;
  state.fail = false;
});

describe("/api/offline-pack", () => {
  test("the device's session check names who is signed in without building a pack, and says 401 once nobody is", async () => {
    state.user = { id: "user-a" };
    const res = await get("/api/offline-pack?owner=1");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(await res.json()).toEqual({ userId: "user-a" });
    expect(state.builds).toBe(0);
    state.user = undefined;
    expect((await get("/api/offline-pack?owner=1")).status).toBe(401);
    expect((await get("/api/offline-pack")).status).toBe(401);
  });

  test("a pack that cannot be built still says whose session it is, so another customer's copy is dropped", async () => {
    state.user = { id: "user-b" };
    state.fail = true;
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = await get("/api/offline-pack");
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ userId: "user-b" });
  });
});
