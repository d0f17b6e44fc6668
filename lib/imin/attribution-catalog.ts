import "server-only";
import { log } from "@/lib/observability/log";
import { type AttributionIndex, indexCatalog } from "./attribution";
import { IminError } from "./errors";
import { iminRequest } from "./http";
import { attributionCatalog } from "./schemas";

const DAY_MS = 86_400_000;
/** After a failed read, the next try waits this long: a down Firehose must not cost every page a timeout. */
const RETRY_AFTER_MS = 5 * 60_000;

interface CatalogCacheOptions {
  load: () => Promise<AttributionIndex>;
  /** Injectable clock (ms). */
  now?: () => number;
  /** A catalog older than this is refreshed in the background (stale-while-revalidate). */
  maxAgeMs?: number;
  retryAfterMs?: number;
}

interface CatalogCache {
  /** The catalog; `undefined` only while none has ever been read. Never throws. */
  get(): Promise<AttributionIndex | undefined>;
  /** Settles when a refresh in flight does (tests). */
  settled(): Promise<void>;
}

/**
 * The Attribution Catalog kept in process: read once, then served from memory and refreshed once a
 * day behind the scenes. A failed refresh keeps the last catalog; until one was ever read, items are
 * attributed from their own `imin:dataSource` (publisher, unlinked).
 */
export function createCatalogCache(opts: CatalogCacheOptions): CatalogCache {
  const now = opts.now ?? Date.now;
  const maxAgeMs = opts.maxAgeMs ?? DAY_MS;
  const retryAfterMs = opts.retryAfterMs ?? RETRY_AFTER_MS;
  let current: { index: AttributionIndex; readAt: number } | undefined;
  let failedAt: number | undefined;
  let inflight: Promise<void> | undefined;
  const latest = (): AttributionIndex | undefined => current?.index;

  const refresh = (): Promise<void> => {
    inflight ??= opts
      .load()
      .then(
        (index) => {
          current = { index, readAt: now() };
          failedAt = undefined;
        },
        (error: unknown) => {
          failedAt = now();
          log().warn(
            { err: { kind: error instanceof IminError ? error.kind : "error" } },
            current ? "attribution catalog refresh failed; keeping the last one" : "attribution catalog unavailable",
          );
        },
      )
      .finally(() => {
        inflight = undefined;
      });
    return inflight;
  };

  return {
    async get() {
      const t = now();
      const waiting = failedAt !== undefined && t - failedAt < retryAfterMs;
      if (!current) {
        if (!waiting) await refresh();
        // The refresh has just set it, or left it unset after a failure.
        return latest();
      }
      if (t - current.readAt >= maxAgeMs && !waiting) void refresh();
      return current.index;
    },
    async settled() {
      await inflight;
    },
  };
}

/** One read of `GET {firehose}/datasets`, indexed. */
export async function loadAttributionCatalog(): Promise<AttributionIndex> {
  const payload = await iminRequest({ service: "firehose", path: "datasets", schema: attributionCatalog });
  return indexCatalog([...payload.dataset, ...payload["imin:item"]]);
}

// One per process, whichever bundle (page, route handler) asks.
const SHARED = Symbol.for("portal.imin.attributionCatalog");
type WithShared = typeof globalThis & { [SHARED]?: CatalogCache };

/** The process's catalog (see createCatalogCache). */
export function sharedAttributionCatalog(): Promise<AttributionIndex | undefined> {
  const g = globalThis as WithShared;
  g[SHARED] ??= createCatalogCache({ load: loadAttributionCatalog });
  return g[SHARED].get();
}
