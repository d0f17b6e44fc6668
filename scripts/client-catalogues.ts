/**
 * Writes messages/client/<locale>.json: the root's client namespaces (CLIENT_NAMESPACES) of each
 * catalogue, the static chunk components/i18n/root-messages.tsx sends. Run after changing those
 * namespaces in messages/<locale>.json; tests/unit/client-catalogues.test.ts fails until you do.
 *   npm run i18n:client
 */
import { writeFileSync } from "node:fs";
import { clientCatalogue, clientCataloguePath } from "../lib/i18n/client-catalogue";
import { LOCALES } from "../lib/i18n/locales";

for (const locale of LOCALES) {
  writeFileSync(clientCataloguePath(locale), clientCatalogue(locale));
  console.log(`wrote ${clientCataloguePath(locale)}`);
}
