import { z } from 'zod';

// The app's CSP forbids eval: without this, zod probes `new Function` (a reported violation)
// to decide whether it may compile validators.
z.config({ jitless: true });

/** Only http(s) URLs may reach the catalogue: anything else could run script when clicked. */
const httpUrl = z.url({ protocol: /^https?$/i, message: 'must be an http(s) URL' });

export const linkSchema = z.object({
  label: z.string().min(1),
  url: httpUrl,
});

export const sectionSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  parentId: z.string().min(1).nullable(),
});

export const paperSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  url: httpUrl,
  venue: z.string().min(1).optional(),
  year: z.number().int().min(1000).max(9999).optional(),
  description: z.string().min(1).optional(),
  sectionIds: z.array(z.string().min(1)),
  tags: z.array(z.string().min(1)),
  links: z.array(linkSchema),
});

export const catalogueSchema = z.object({
  schemaVersion: z.literal(1),
  title: z.string().min(1),
  sourceUrl: httpUrl.optional(),
  sections: z.array(sectionSchema),
  papers: z.array(paperSchema),
});

export type CatalogueLink = z.infer<typeof linkSchema>;
export type CatalogueSection = z.infer<typeof sectionSchema>;
export type CataloguePaper = z.infer<typeof paperSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;
