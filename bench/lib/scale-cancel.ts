const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

export interface CancelRun {
  /** The order items the portal said it cancelled. */
  cancelled: string[];
  failed: number;
  /** Each cancellation's POST, in ms. */
  times: number[];
}

/** The cancel forms on /bookings (one per cancellable booking): their hidden fields, by item. */
function cancelForms(html: string): Map<string, FormData> {
  const forms = new Map<string, FormData>();
  for (const [, inner] of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)) {
    const body = new FormData();
    let itemId: string | undefined;
    for (const [input] of inner!.matchAll(/<input[^>]*>/g)) {
      const name = /\sname="([^"]*)"/.exec(input)?.[1];
      if (!name || !/type="hidden"/.test(input)) continue;
      const value = decode(/\svalue="([^"]*)"/.exec(input)?.[1] ?? "");
      body.append(decode(name), value);
      if (name === "itemId") itemId = value;
    }
    if (itemId) forms.set(itemId, body);
  }
  return forms;
}

/**
 * The customer cancelling bookings while the load runs, as a browser without JavaScript would:
 * reads /bookings, posts one booking's cancel form (the page's own server action) back to it, and
 * counts it done when the answer says so. One at a time, a second apart, until `until`.
 */
export async function cancelBookings(baseUrl: string, cookie: string, until: number): Promise<CancelRun> {
  const run: CancelRun = { cancelled: [], failed: 0, times: [] };
  const tried = new Set<string>();
  while (Date.now() < until) {
    try {
      const page = await fetch(`${baseUrl}/bookings`, { headers: { cookie } });
      const forms = [...cancelForms(await page.text())].filter(([id]) => !tried.has(id));
      if (!forms.length) break;
      const [itemId, body] = forms[0]!;
      tried.add(itemId);
      const started = performance.now();
      const res = await fetch(`${baseUrl}/bookings`, { method: "POST", headers: { cookie }, body, redirect: "manual" });
      const html = await res.text();
      run.times.push(performance.now() - started);
      if (res.status === 200 && html.includes("Booking cancelled")) run.cancelled.push(itemId);
      else run.failed += 1;
    } catch {
      run.failed += 1;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return run;
}
