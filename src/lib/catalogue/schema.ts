// zod/mini: the same validation as zod, a fraction of the bytes on the app's first load.
import { z } from 'zod/mini';
import { CATALOGUE_SCHEMA_VERSION } from './catalogue-version';

// The app's CSP forbids eval: without this, zod probes `new Function` (a reported violation)
// to decide whether it may compile validators.
z.config({ jitless: true });

/**
 * Only http(s) URLs may reach the catalogue: anything else could run script when clicked. A
 * pattern rather than `new URL()`: a big list has tens of thousands of links, all checked before
 * the list can show. Safety rests on the scheme; the host and the rest just must be there and
 * have no spaces (the list parser writes every URL in the normalised form `new URL` gives).
 */
const HTTP_URL = /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i;
const httpUrl = z
  .string()
  .check(z.refine((value) => HTTP_URL.test(value), { error: 'must be an http(s) URL' }));
const text = z.string().check(z.minLength(1));

export const linkSchema = z.object({
  label: text,
  url: httpUrl,
});

export const sectionSchema = z.object({
  id: text,
  title: text,
  parentId: z.nullable(text),
});

export const paperSchema = z.object({
  id: text,
  title: text,
  url: httpUrl,
  /** Added in schema version 2; absent when the list names no authors. */
  authors: z.optional(z.array(text)),
  venue: z.optional(text),
  year: z.optional(z.int().check(z.minimum(1000), z.maximum(9999))),
  description: z.optional(text),
  sectionIds: z.array(text),
  tags: z.array(text),
  links: z.array(linkSchema),
});

export const catalogueSchema = z.object({
  schemaVersion: z.union([z.literal(1), z.literal(CATALOGUE_SCHEMA_VERSION)]),
  title: text,
  sourceUrl: z.optional(httpUrl),
  sections: z.array(sectionSchema),
  papers: z.array(paperSchema),
});

export type CatalogueLink = z.infer<typeof linkSchema>;
export type CatalogueSection = z.infer<typeof sectionSchema>;
export type CataloguePaper = z.infer<typeof paperSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;
