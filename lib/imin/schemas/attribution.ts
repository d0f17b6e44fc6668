import "server-only";
import { z } from "zod";
import { identified, lenient, list, namedThing, organization } from "./common";

/**
 * `imin:dataSource` on a SessionSeries or FacilityUse: the open dataset the item came from. Matched to
 * the Attribution Catalog by `id` or `identifier`; its publisher's name, when given, is the fallback
 * attribution for a dataset the catalog does not (yet) list.
 */
export const dataSource = namedThing.extend({
  url: z.string().optional(),
  publisher: lenient(organization),
});

/** One Attribution Catalog entry: the dataset site (`url`), its publisher and licence. */
const catalogDataset = identified.extend({
  name: z.string().optional(),
  url: z.string().optional(),
  license: z.string().optional(),
  "imin:licenseName": z.string().optional(),
  publisher: lenient(organization),
  dateModified: z.string().optional(),
});

/**
 * `GET {firehose}/datasets`: a DataCatalog listing its datasets in `dataset` (an `imin:item` list, as
 * imin's other collections have, is read too). A malformed entry is dropped, never the catalog.
 */
export const attributionCatalog = z.object({
  type: z.string().optional(),
  dataset: list(catalogDataset),
  "imin:item": list(catalogDataset),
});
