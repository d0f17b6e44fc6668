import type { DatasetRecord, DataSourceRef } from "../store/types";

/** `imin:dataSource` of a SessionSeries or FacilityUse: which dataset it came from, and its publisher's name. */
export function renderDataSource(ref: DataSourceRef | undefined) {
  if (!ref) return undefined;
  return {
    type: "Dataset",
    identifier: ref.identifier,
    name: ref.name,
    publisher: ref.publisherName ? { type: "Organization", name: ref.publisherName } : undefined,
  };
}

/** One Attribution Catalog entry: the dataset site is both its `id` and its `url`, as OpenActive dataset sites are. */
export function renderDataset(d: DatasetRecord) {
  return {
    type: "Dataset",
    id: d.url,
    identifier: d.identifier,
    name: d.name,
    description: d.description,
    url: d.url,
    license: d.license,
    "imin:licenseName": d.licenseName,
    publisher: { type: "Organization", name: d.publisher.name, url: d.publisher.url },
    dateModified: d.dateModified,
  };
}
