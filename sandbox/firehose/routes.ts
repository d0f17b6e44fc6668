import type { Hono } from "hono";
import type { SandboxContext } from "../context";
import { jsonResponse } from "../http/json";
import { renderDataset } from "./render";

const CONTEXT = ["https://openactive.io/", "https://imin.co/"];

/**
 * Firehose: only the Attribution Catalog, `GET /firehose/datasets` (key required like every imin
 * API): every dataset the Events and Facilities APIs name in `imin:dataSource`, with its publisher,
 * dataset site and licence.
 */
export function registerFirehose(app: Hono, ctx: SandboxContext): void {
  app.get("/firehose/datasets", () => {
    const datasets = [...ctx.store.datasets.values()].sort((a, b) => a.identifier.localeCompare(b.identifier));
    return jsonResponse({
      "@context": CONTEXT,
      type: "DataCatalog",
      id: `${ctx.urls.public}/firehose/datasets`,
      name: "imin Attribution Catalog",
      dataset: datasets.map(renderDataset),
    });
  });
}
