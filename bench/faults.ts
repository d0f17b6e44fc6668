/**
 * Pages under imin faults (sandbox `PUT /admin/faults`: 20% of calls answered 500/503, 5% held
 * until the portal gives up): each page requested in turn, one at a time, counting the portal's
 * own 5xx answers and the page time a person waits at the 95th percentile.
 */
import { percentile } from "./lib/stats";
import type { BenchPortal } from "./lib/portal";

const FAULTS = [{ route: "*", errorRate: 0.2, hangRate: 0.05 }];
const RUNS_PER_PAGE = 40;

export async function faults(report: (line: string) => void, portal: BenchPortal) {
  const orders = await (await portal.admin("/api/v2/orders?customerIdentifier=demo-customer&page=1")).json();
  const orderId = orders["imin:item"][0].identifier as string;
  const pages = ["/bookings", "/orders", `/orders/${orderId}`, "/book", "/account", "/sellers"];
  await portal.setFaults(FAULTS);
  try {
    for (const page of pages) {
      const times: number[] = [];
      const statuses = new Map<number, number>();
      for (let i = 0; i < RUNS_PER_PAGE; i++) {
        const started = performance.now();
        const res = await fetch(portal.base + page, { headers: { cookie: portal.cookie }, redirect: "manual" });
        await res.arrayBuffer();
        times.push(performance.now() - started);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
      const fiveHundreds = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
      report(
        `faults   ${page.padEnd(44)} p95 ${(percentile(times, 95) / 1000).toFixed(2)} s (target < 3.5 s)  5xx ${fiveHundreds}/${RUNS_PER_PAGE} (target 0)  statuses ${[
          ...statuses,
        ]
          .map(([s, c]) => `${s}×${c}`)
          .join(" ")}`,
      );
    }
  } finally {
    await portal.setFaults([]);
  }
}
