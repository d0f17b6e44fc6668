import type { DatasetRecord, DataSourceRef } from "../store/types";
import { createRng } from "./rng";

interface DatasetSeed {
  identifier: string;
  name: string;
  site: string;
  publisher: { name: string; url: string };
  license: { url: string; name: string };
  /** Sellers (by slug) whose sessions and facilities this dataset publishes. */
  sellers: string[];
}

const CC_BY = { url: "https://creativecommons.org/licenses/by/4.0/", name: "Creative Commons Attribution 4.0 International" };
const OGL = {
  url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
  name: "Open Government Licence v3.0",
};
const ODC_BY = { url: "https://opendatacommons.org/licenses/by/1-0/", name: "Open Data Commons Attribution License v1.0" };

/**
 * The open datasets imin aggregates, as in the real feeds: an operator publishing its own, a booking
 * system publishing for several operators, a community network; different licences.
 */
export const DATASET_SEEDS: readonly DatasetSeed[] = [
  {
    identifier: "riverside-leisure-sessions",
    name: "Riverside Leisure Trust Sessions",
    site: "https://opendata.riverside-leisure.example/",
    publisher: { name: "Riverside Leisure Trust", url: "https://www.riverside-leisure.example/" },
    license: CC_BY,
    sellers: ["riverside-leisure"],
  },
  {
    identifier: "activehub-open-data",
    name: "ActiveHub Open Data",
    site: "https://data.activehub-booking.example/",
    publisher: { name: "ActiveHub Booking Systems Ltd", url: "https://www.activehub-booking.example/" },
    license: OGL,
    sellers: ["northern-active", "midland-pools"],
  },
  {
    identifier: "community-sport-uk",
    name: "Community Sport UK Open Activity Data",
    site: "https://opendata.community-sport-uk.example/",
    publisher: { name: "Community Sport Open Data CIC", url: "https://www.community-sport-uk.example/" },
    license: ODC_BY,
    sellers: ["peak-community-sport", "westcountry-wellbeing"],
  },
  {
    identifier: "harbourside-fitness-timetable",
    name: "Harbourside Fitness Timetable",
    site: "https://opendata.harbourside-fitness.example/",
    publisher: { name: "Harbourside Fitness", url: "https://www.harbourside-fitness.example/" },
    license: CC_BY,
    sellers: ["harbourside-fitness"],
  },
];

const DAY = 86_400_000;

/** The Attribution Catalog for a seed: the same datasets each time, modified a seed-chosen few days before `nowIso`. */
export function buildDatasets(seed: number, nowIso: string): DatasetRecord[] {
  // A generator of its own: drawing from the store's would shift every other seeded record.
  const rng = createRng(seed * 7919 + 17);
  const now = Date.parse(nowIso);
  return DATASET_SEEDS.map((d) => ({
    identifier: d.identifier,
    name: d.name,
    description: `Sessions and facilities published by ${d.publisher.name} as open data.`,
    url: d.site,
    license: d.license.url,
    licenseName: d.license.name,
    publisher: d.publisher,
    dateModified: new Date(now - (1 + Math.floor(rng() * 6)) * DAY).toISOString(),
  }));
}

/** The dataset a seller's data is published in (every seeded seller has one). */
export function dataSourceOfSeller(slug: string, datasets: readonly DatasetRecord[]): DataSourceRef | undefined {
  const seed = DATASET_SEEDS.find((d) => d.sellers.includes(slug));
  const dataset = seed && datasets.find((d) => d.identifier === seed.identifier);
  return dataset && { identifier: dataset.identifier, name: dataset.name, publisherName: dataset.publisher.name };
}
