import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { AnyMap, originalPositionFor, type TraceMap } from "@jridgewell/trace-mapping";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code comes from: a package, Node itself, or the portal's own compiled chunks. */
function origin(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg === "next") {
    const part = /next\/dist\/(compiled\/[^/]+|server\/[^/]+|[^/]+)/.exec(url)?.[1];
    return `next/${part ?? "?"}`;
  }
  if (pkg) return pkg;
  if (url.startsWith("node:")) return "node";
  if (url.includes("/.next")) return "portal chunks";
  return url.replace(/^file:\/\//, "");
}

const sourceMaps = new Map<string, TraceMap | null>();

/**
 * The source a frame of a compiled chunk came from, through the chunk's source map (the build writes
 * one beside each server chunk): "portal: next-intl" for a bundled package, "portal: app/(app)" or
 * "portal: lib/format" for the portal's own code. Frames of other code keep `origin`'s name.
 */
function sourceOrigin(frame: ProfileNode["callFrame"]): string {
  const where = origin(frame.url, frame.functionName);
  if (where !== "portal chunks") return where;
  const file = frame.url.startsWith("file:") ? fileURLToPath(frame.url) : frame.url;
  if (!sourceMaps.has(file)) {
    const mapFile = `${file}.map`;
    sourceMaps.set(file, existsSync(mapFile) ? new AnyMap(readFileSync(mapFile, "utf8")) : null);
  }
  const map = sourceMaps.get(file);
  if (!map) return where;
  const source = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber }).source;
  if (!source) return where;
  const path = decodeURIComponent(source)
    .replace(/^.*\[project\]\//, "")
    .replace(/^(\.\.\/)+/, "");
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  return `portal: ${pkg ?? path.split("/").slice(0, 2).join("/")}`;
}

/**
 * Self time of a V8 CPU profile (`node --cpu-prof`), grouped by function and by where the code
 * comes from, in ms per request over `requests` requests.
 */
export function summariseProfile(file: string, requests: number, top = 15) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });

  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);

  // Inclusive: every origin on a sample's stack counts that sample once.
  const inclusive = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (frame.functionName === "(idle)" || frame.functionName === "(program)" || frame.functionName === "(root)") continue;
      seen.add(sourceOrigin(frame));
    }
    for (const where of seen) inclusive.set(where, (inclusive.get(where) ?? 0) + us);
  }

  const byFunction = new Map<string, number>();
  const byOrigin = new Map<string, number>();
  let busyUs = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    const { functionName, url, lineNumber } = frame;
    if (functionName === "(idle)" || functionName === "(program)") continue;
    busyUs += us;
    const where = sourceOrigin(frame);
    const fn = `${functionName || "(anonymous)"} ${where}${url ? `:${lineNumber + 1}` : ""}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    byOrigin.set(where, (byOrigin.get(where) ?? 0) + us);
  }
  const perRequest = (us: number) => us / 1000 / Math.max(1, requests);
  const sorted = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, msPerRequest: perRequest(us), share: us / busyUs }));
  return {
    busyMsPerRequest: perRequest(busyUs),
    functions: sorted(byFunction),
    origins: sorted(byOrigin),
    inclusive: sorted(inclusive),
  };
}
