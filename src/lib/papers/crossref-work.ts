// zod/mini, as the catalogue's schema: the same checks, fewer bytes in the dialog's chunk.
import { z } from 'zod/mini';
import type { PaperDetails } from './paper-details';

const texts = z.optional(z.array(z.string()));
const dateParts = z.optional(
  z.object({ 'date-parts': z.optional(z.array(z.array(z.nullable(z.number())))) }),
);

/** The part of Crossref's `/works/<doi>` answer Readmark reads; anything else is ignored. */
export const crossrefWorkSchema = z.object({
  status: z.literal('ok'),
  message: z.object({
    DOI: z.string(),
    title: texts,
    author: z.optional(
      z.array(
        z.object({
          given: z.optional(z.string()),
          family: z.optional(z.string()),
          name: z.optional(z.string()),
        }),
      ),
    ),
    'container-title': texts,
    event: z.optional(z.object({ name: z.optional(z.string()) })),
    issued: dateParts,
    'published-print': dateParts,
    'published-online': dateParts,
    published: dateParts,
  }),
});

export type CrossrefWork = z.infer<typeof crossrefWorkSchema>;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Crossref titles may carry JATS or HTML markup (`<i>`, `<sub>`) and entities. */
function plain(text: string | undefined): string {
  return (
    (text ?? '')
      .replace(/<[^>]*>/g, '')
      // Stryker disable next-line StringLiteral: the pattern matches only names ENTITIES holds, so the fallback never runs
      .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function firstYear(...dates: CrossrefWork['message']['issued'][]): number | undefined {
  for (const date of dates) {
    const year = date?.['date-parts']?.[0]?.[0];
    if (typeof year === 'number' && year >= 1000 && year <= 9999) return year;
  }
  return undefined;
}

/** The details of a work, or null when Crossref's answer has no title for it. */
export function detailsOfCrossrefWork({ message }: CrossrefWork): PaperDetails | null {
  const title = plain(message.title?.[0]);
  if (title === '') return null;
  // Stryker disable next-line ArrayDeclaration: a string in place of an author has no name, given or family, so it gives an empty name the filter drops
  const authors = (message.author ?? [])
    // Stryker disable next-line MethodExpression: plain() trims and collapses the space a missing given or family name leaves
    .map((author) => plain(author.name ?? [author.given, author.family].filter(Boolean).join(' ')))
    .filter((name) => name !== '');
  const venue = plain(message['container-title']?.[0]) || plain(message.event?.name);
  const year = firstYear(
    message.issued,
    message['published-print'],
    message['published-online'],
    message.published,
  );
  return { title, authors, ...(venue ? { venue } : {}), ...(year ? { year } : {}) };
}

/** Crossref's answer, checked: the details, or null when it is not a work Readmark can read. */
export function readCrossrefWork(json: unknown): PaperDetails | null {
  const parsed = crossrefWorkSchema.safeParse(json);
  return parsed.success ? detailsOfCrossrefWork(parsed.data) : null;
}
