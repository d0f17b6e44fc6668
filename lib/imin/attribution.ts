import { httpUrl } from "@/lib/security/safe-url";

/**
 * imin's Service Terms (3.7.2): data from the imin Platform is shown with its dataset's attribution,
 * "Source: <publisher>" linked to the dataset site (docs/imin/attribution.md). Pure: the catalog is
 * read and cached by `attribution-catalog.ts`.
 */

/** What the page shows: the publisher, linked to the dataset site when the catalog knows the dataset. */
export interface Attribution {
  publisher: string;
  /** The dataset site (http(s) only); absent when the dataset is not in the catalog. */
  url?: string;
  /** The dataset's name, for the link's accessible name. */
  dataset?: string;
}

/** `imin:dataSource` as the schemas read it: how an item names its dataset. */
interface DataSourceRef {
  id?: string;
  identifier?: string;
  name?: string;
  publisher?: { name?: string };
}

/** The Attribution Catalog by dataset `id` and `identifier`. */
export type AttributionIndex = ReadonlyMap<string, Attribution>;

interface CatalogEntry {
  id?: string;
  identifier?: string;
  name?: string;
  url?: string;
  publisher?: { name?: string };
}

/** The catalog's datasets that have a publisher and a usable dataset site, by `id` and `identifier`. */
export function indexCatalog(entries: readonly CatalogEntry[]): AttributionIndex {
  const index = new Map<string, Attribution>();
  for (const entry of entries) {
    const publisher = entry.publisher?.name?.trim();
    const url = httpUrl(entry.url) ?? httpUrl(entry.id);
    if (!publisher || !url) continue;
    const attribution: Attribution = { publisher, url, dataset: entry.name?.trim() || undefined };
    for (const key of [entry.id, entry.identifier]) if (key && !index.has(key)) index.set(key, attribution);
  }
  return index;
}

/**
 * The attribution of an item: its catalog entry; for a dataset the catalog does not list (or no
 * catalog at all), the publisher the item itself names, unlinked; with neither, nothing.
 */
export function attributionOf(ref: DataSourceRef | undefined, index: AttributionIndex | undefined): Attribution | undefined {
  if (!ref) return undefined;
  const known = (ref.id && index?.get(ref.id)) || (ref.identifier && index?.get(ref.identifier)) || undefined;
  if (known) return known;
  const publisher = ref.publisher?.name?.trim();
  return publisher ? { publisher, dataset: ref.name?.trim() || undefined } : undefined;
}

/** The different attributions of a group of items (a day of results, a venue), in first-seen order. */
export function distinctAttributions(items: readonly (Attribution | undefined)[]): Attribution[] {
  const seen = new Map<string, Attribution>();
  for (const a of items) if (a && !seen.has(`${a.publisher}\n${a.url ?? ""}`)) seen.set(`${a.publisher}\n${a.url ?? ""}`, a);
  return [...seen.values()];
}
