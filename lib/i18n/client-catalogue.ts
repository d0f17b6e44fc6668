import { readFileSync } from "node:fs";
import path from "node:path";
import { CLIENT_NAMESPACES, pickNamespaces } from "./client-namespaces";

/** Where the root's client words of a language are kept (scripts/client-catalogues.ts writes them). */
export function clientCataloguePath(locale: string): string {
  return path.join(process.cwd(), "messages", "client", `${locale}.json`);
}

/** The text messages/client/<locale>.json should hold: CLIENT_NAMESPACES of messages/<locale>.json. */
export function clientCatalogue(locale: string): string {
  const catalogue = JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8"));
  return `${JSON.stringify(pickNamespaces(catalogue, CLIENT_NAMESPACES), null, 2)}\n`;
}
