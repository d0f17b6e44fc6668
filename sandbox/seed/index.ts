import type { Clock } from "../store/clock";
import type { Store } from "../store/store";
import type { SandboxUrls } from "../context";
import { buildSellers } from "./sellers";
import { buildDatasets, dataSourceOfSeller } from "./datasets";
import { buildDemoCustomer, buildOtherCustomer } from "./customers";
import { ENTITLEMENTS_BASE } from "./entitlements";
import { seedCatalog } from "./catalog";
import { seedDemoData } from "./demo";
import { seedFacilities } from "./facilities";
import { seedFamilySessions } from "./families";

export interface SeedInput {
  store: Store;
  clock: Clock;
  urls: SandboxUrls;
  seed: number;
}

/** Clears the store and fills it deterministically from `seed`, dates relative to the clock's now. */
export function seedStore({ store, clock, urls, seed }: SeedInput): void {
  store.clear(seed);
  // Anchored to the hour so that reseeding with the same seed within the hour gives identical data.
  const nowIso = new Date(Math.floor(clock.now().getTime() / 3_600_000) * 3_600_000).toISOString();
  const datasets = buildDatasets(seed, nowIso);
  for (const dataset of datasets) store.datasets.set(dataset.identifier, dataset);
  for (const seller of buildSellers(urls.public)) store.putSeller({ ...seller, dataSource: dataSourceOfSeller(seller.slug, datasets) });
  for (const customer of [buildDemoCustomer(nowIso, ENTITLEMENTS_BASE), buildOtherCustomer(nowIso)]) {
    store.customers.set(customer.identifier, customer);
  }
  seedCatalog(store, store.rng, urls.public, nowIso);
  seedDemoData(store, store.rng, urls.public, nowIso);
  seedFamilySessions(store, seed, nowIso);
  seedFacilities(store, seed);
}
