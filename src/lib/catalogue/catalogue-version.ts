// Apart from the schema so that code which only upgrades catalogues (stored lists) does not
// load zod.
import type { Catalogue } from './schema';

/** Version 2 added `authors`; a version 1 catalogue is a version 2 one without them. */
export const CATALOGUE_SCHEMA_VERSION = 2 as const;

/** Catalogues are read in any version the schema accepts and used in the current one. */
export function upgradeCatalogue(catalogue: Catalogue): Catalogue {
  return catalogue.schemaVersion === CATALOGUE_SCHEMA_VERSION
    ? catalogue
    : { ...catalogue, schemaVersion: CATALOGUE_SCHEMA_VERSION };
}
