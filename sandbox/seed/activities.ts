import { createHash } from "node:crypto";
import type { Activity } from "../store/types";

const LIST = "https://openactive.io/activity-list";

/** Ids taken from the OpenActive Activity List. */
const KNOWN_IDS: Record<string, string> = {
  Badminton: "c0360db0-a817-4bae-9167-40f89b49fc9e",
  "Bodypump™": "5e78bcbe-36db-425a-9064-bf96d09cc351",
  "Walking Netball": "aba839fb-5cd2-4042-b651-c09c86bce1e2",
  Aerobics: "678b9fc4-1860-4377-85b9-e4c01628582a",
  "Abs/Core": "741097ba-21a0-4b7b-8099-86ddb562458a",
  Acroyoga: "e3394d62-1c4c-4318-a500-100d05416a1a",
  Aikido: "22584a2a-fafc-4710-863c-8a1fc3f96b2c",
  "Aerial Hoop": "54bcc6f1-3b57-4ad8-a21c-7034cfe66e5c",
  "African Dance": "560624c2-d64c-462a-acc3-0e6d551069e7",
  "5-a-side": "64ba748e-d7f0-46bd-ac49-63820c5eb10e",
};

/**
 * A stable UUID-shaped stand-in for labels whose list id is not bundled with the sandbox
 * (derived from the label, so it never changes between runs).
 */
function standInId(label: string): string {
  const h = createHash("sha1").update(`openactive-activity:${label}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export type Facility = "pool" | "gym" | "studio" | "hall" | "courts" | "pitch" | "outdoor";

export interface ActivitySeed {
  label: string;
  facility: Facility;
  /** Typical session length in minutes. */
  minutes: number;
  /** Adult price in pence (0 = free). */
  adultPence: number;
  /** Offered to juniors too. */
  junior: boolean;
  /** Swim/gym sessions that run many times a day. */
  highFrequency?: boolean;
  ageMin?: number;
  ageMax?: number;
}

export const ACTIVITY_SEEDS: readonly ActivitySeed[] = [
  { label: "Swimming", facility: "pool", minutes: 60, adultPence: 520, junior: true, highFrequency: true },
  { label: "Gym", facility: "gym", minutes: 60, adultPence: 650, junior: false, highFrequency: true, ageMin: 16 },
  { label: "Aqua Aerobics", facility: "pool", minutes: 45, adultPence: 750, junior: false },
  { label: "Yoga", facility: "studio", minutes: 60, adultPence: 900, junior: false },
  { label: "Pilates", facility: "studio", minutes: 55, adultPence: 950, junior: false },
  { label: "Spin", facility: "studio", minutes: 45, adultPence: 800, junior: false, ageMin: 16 },
  { label: "Zumba", facility: "studio", minutes: 60, adultPence: 650, junior: true },
  { label: "Bodypump™", facility: "studio", minutes: 55, adultPence: 850, junior: false, ageMin: 16 },
  { label: "Aerobics", facility: "studio", minutes: 45, adultPence: 600, junior: false },
  { label: "Abs/Core", facility: "studio", minutes: 30, adultPence: 500, junior: false },
  { label: "Acroyoga", facility: "studio", minutes: 75, adultPence: 1200, junior: false },
  { label: "Aerial Hoop", facility: "studio", minutes: 60, adultPence: 1500, junior: false, ageMin: 14 },
  { label: "African Dance", facility: "studio", minutes: 60, adultPence: 700, junior: true },
  { label: "Boxing", facility: "hall", minutes: 60, adultPence: 800, junior: true, ageMin: 12 },
  { label: "Kickboxing", facility: "hall", minutes: 60, adultPence: 850, junior: true, ageMin: 10 },
  { label: "Aikido", facility: "hall", minutes: 90, adultPence: 700, junior: true, ageMin: 8 },
  { label: "Karate", facility: "hall", minutes: 60, adultPence: 600, junior: true, ageMin: 6 },
  { label: "Tai Chi", facility: "hall", minutes: 60, adultPence: 550, junior: false },
  { label: "Circuit Training", facility: "hall", minutes: 45, adultPence: 600, junior: false },
  { label: "HIIT", facility: "gym", minutes: 30, adultPence: 700, junior: false, ageMin: 16 },
  { label: "Badminton", facility: "courts", minutes: 60, adultPence: 1100, junior: true },
  { label: "Squash", facility: "courts", minutes: 40, adultPence: 950, junior: true },
  { label: "Table Tennis", facility: "hall", minutes: 60, adultPence: 450, junior: true },
  { label: "Tennis", facility: "outdoor", minutes: 60, adultPence: 1000, junior: true },
  { label: "Netball", facility: "hall", minutes: 60, adultPence: 500, junior: true },
  { label: "Walking Netball", facility: "hall", minutes: 60, adultPence: 0, junior: false, ageMin: 18 },
  { label: "Basketball", facility: "hall", minutes: 90, adultPence: 550, junior: true },
  { label: "Volleyball", facility: "hall", minutes: 90, adultPence: 550, junior: true },
  { label: "5-a-side", facility: "pitch", minutes: 60, adultPence: 600, junior: true },
  { label: "Running", facility: "outdoor", minutes: 60, adultPence: 0, junior: false },
  { label: "Gymnastics", facility: "hall", minutes: 60, adultPence: 800, junior: true, ageMin: 5, ageMax: 16 },
  { label: "Climbing", facility: "hall", minutes: 90, adultPence: 1200, junior: true, ageMin: 8 },
  { label: "Ballet", facility: "studio", minutes: 45, adultPence: 750, junior: true, ageMin: 4, ageMax: 14 },
  { label: "Tennis", facility: "courts", minutes: 60, adultPence: 1000, junior: true },
];

export function activityId(label: string): string {
  return `${LIST}#${KNOWN_IDS[label] ?? standInId(label)}`;
}

export function buildActivities(): Activity[] {
  const seen = new Set<string>();
  const out: Activity[] = [];
  for (const seed of ACTIVITY_SEEDS) {
    if (seen.has(seed.label)) continue;
    seen.add(seed.label);
    out.push({ id: activityId(seed.label), prefLabel: seed.label });
  }
  return out;
}
