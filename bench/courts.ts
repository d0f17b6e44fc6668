/**
 * `npm run bench` section for courts: the sandbox's `upcoming-slots` search (no injected latency)
 * and the /book courts grid for a venue day across more than 10 venues, with and without 150 ms
 * injected on every imin call. The page makes one search call (plus the venue picker's places, in
 * parallel), so it should cost the latency once: target <= 1.25x.
 */
import { fmt, median, percentile, timeRuns } from "./lib/stats";

/** What the section needs of the running portal (a subset of bench/lib/portal.ts's BenchPortal). */
interface CourtsBenchPortal {
  base: string;
  cookie: string;
  /** The sandbox with the API key. */
  admin: (p: string, init?: RequestInit) => Promise<Response>;
  setFaults: (rules: unknown[]) => Promise<unknown>;
}

const londonDay = (ms: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(ms);

export async function courtsGrid(report: (line: string) => void, portal: CourtsBenchPortal, injectedMs: number) {
  const page = async (p: string) => {
    const res = await fetch(portal.base + p, { headers: { cookie: portal.cookie }, redirect: "manual" });
    if (res.status !== 200) throw new Error(`${p} answered ${res.status}`);
    return res.text();
  };
  const setLatency = (ms: number) => portal.setFaults(ms ? [{ route: "*", latencyMs: ms }] : []);
  const day = londonDay(Date.now() + 86_400_000);
  await setLatency(0);

  const searchUrl = `/facilities-api/v2/facility-uses?mode=upcoming-slots&geo[radial]=53.4808,-2.2426,250&startDate[gte]=${day}T17:00:00Z&limit=50`;
  const search = async () => (await portal.admin(searchUrl)).arrayBuffer();
  const payload = JSON.parse(new TextDecoder().decode(await search()));
  const venues = new Set(payload["imin:item"].map((i: { location?: { name?: string } }) => i.location?.name)).size;
  const searchRuns = await timeRuns(search, 50, 5);
  report(
    `sandbox  upcoming-slots search (${payload["imin:item"].length} FacilityUses at ${venues} venues, one evening)  median ${fmt(median(searchRuns))}  p95 ${fmt(percentile(searchRuns, 95))}  target < 20 ms median`,
  );

  const grid = `/book?tab=courts&km=250&day=${day}&after=17:00`;
  const html = await page(grid);
  const shown = (html.match(/data-testid="courts-venue"/g) ?? []).length;
  // The page's size drives its render cost: every server-rendered element is sent as HTML and again as RSC payload.
  const htmlKb = (new TextEncoder().encode(html).length / 1024).toFixed(0);
  const baseline = median(await timeRuns(() => page(grid), 15, 3));
  await setLatency(injectedMs);
  let withLatency: number;
  try {
    withLatency = median(await timeRuns(() => page(grid), 15, 2));
  } finally {
    await setLatency(0);
  }
  report(
    `portal   courts grid, ${shown} venues (${grid})  no latency ${fmt(baseline)}  with ${injectedMs} ms per imin call ${fmt(withLatency)}  ratio ${(withLatency / injectedMs).toFixed(2)}x  (target <= 1.25x)  overhead ${fmt(withLatency - injectedMs)}  HTML ${htmlKb} KB`,
  );
}
