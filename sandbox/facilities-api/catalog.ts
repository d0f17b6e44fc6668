import type { Store } from "../store/store";
import type { FacilityUseRecord } from "./types";

/** The facility catalogue of one store (rebuilt by every reseed). */
export interface FacilityCatalog {
  seed: number;
  facilityUses: FacilityUseRecord[];
  byId: Map<string, FacilityUseRecord>;
}

const catalogs = new WeakMap<Store, FacilityCatalog>();

export function setFacilityCatalog(store: Store, seed: number, facilityUses: FacilityUseRecord[]): FacilityCatalog {
  const catalog = { seed, facilityUses, byId: new Map(facilityUses.map((f) => [f.id, f])) };
  catalogs.set(store, catalog);
  return catalog;
}

export function facilityCatalog(store: Store): FacilityCatalog {
  return catalogs.get(store) ?? setFacilityCatalog(store, 0, []);
}
