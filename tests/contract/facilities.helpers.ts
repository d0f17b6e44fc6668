import type { TestSandbox } from "../support/sandbox";

export interface AdminSlot {
  id: string;
  identifier: string;
  facilityUse: string;
  activity: string;
  court?: string;
  day: string;
  startDate: string;
  state: "free" | "full" | "members-only" | "not-bookable";
  bookable: boolean;
  remainingUses: number;
  maximumUses: number;
  offers: { id: string; name: string; pricePence: number; membershipRequired: boolean }[];
}

/** Test data by API: slots in the search window matching the filters. */
export async function pickSlots(sb: TestSandbox, query: string): Promise<AdminSlot[]> {
  const res = await sb.apiJson<{ slots: AdminSlot[] }>(`/admin/facility-slots?${query}`);
  if (res.status !== 200) throw new Error(`admin/facility-slots ${query}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.slots;
}

export async function pickSlot(sb: TestSandbox, query: string): Promise<AdminSlot> {
  const [slot] = await pickSlots(sb, `${query}&limit=1`);
  if (!slot) throw new Error(`no slot for ${query}`);
  return slot;
}

/** The sandbox clock's now, and the London day `days` after it. */
export async function clockDay(sb: TestSandbox, days: number): Promise<{ nowMs: number; day: string }> {
  const res = await sb.apiJson<{ now: string }>("/admin/clock");
  const nowMs = Date.parse(res.body.now);
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date(nowMs + days * 86_400_000));
  return { nowMs, day };
}

export const pathOf = (url: string) => new URL(url).pathname;

/** The text a PDF viewer would show: pdfkit writes standard-font text as hex strings in TJ arrays. */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const out: string[] = [];
  for (const match of raw.matchAll(/\[((?:<[0-9a-fA-F]*>|[^\]])*)\]\s*TJ|<([0-9a-fA-F]+)>\s*Tj/g)) {
    const chunks = match[1] !== undefined ? [...match[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]) : [match[2]];
    out.push(chunks.map((hex) => Buffer.from(hex!, "hex").toString("latin1")).join(""));
  }
  return out.join("\n");
}
