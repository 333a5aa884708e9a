import type { CataloguePaper } from '../catalogue/schema';

/** What Readmark knows of a paper besides its id and address. */
export type PaperDetails = { title: string; authors: string[]; venue?: string; year?: number };

/** The details as the user types them in a form. */
export type DetailsInput = { title: string; authors: string; venue: string; year: string };

export type DetailsCheck = { ok: true; details: PaperDetails } | { ok: false; message: string };

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Authors typed as one line, separated by commas, semicolons or " and ". */
export function splitAuthorsLine(line: string): string[] {
  return line
    .split(/[,;]|\s+and\s+/i)
    .map(collapse)
    .filter((name) => name !== '');
}

/** Checks what was typed: a title is needed, a year must be a year. */
export function checkDetails(input: DetailsInput): DetailsCheck {
  const title = collapse(input.title);
  if (title === '')
    return { ok: false, message: 'Type the paper’s title: it is the one detail needed.' };
  const yearText = input.year.trim();
  const year = Number(yearText);
  if (yearText !== '' && !(/^\d{4}$/.test(yearText) && year >= 1000)) {
    return { ok: false, message: `“${yearText}” is not a year: type four digits, such as 2017.` };
  }
  const venue = collapse(input.venue);
  return {
    ok: true,
    details: {
      title,
      authors: splitAuthorsLine(input.authors),
      ...(venue ? { venue } : {}),
      ...(yearText ? { year } : {}),
    },
  };
}

/** The form's fields for known details (empty for a paper known only by its address). */
export function detailsInputOf(details?: Partial<PaperDetails>): DetailsInput {
  return {
    title: details?.title ?? '',
    authors: (details?.authors ?? []).join(', '),
    venue: details?.venue ?? '',
    year: details?.year === undefined ? '' : String(details.year),
  };
}

/** A paper of the user's own list, in the catalogue's shape. */
export function paperOf(
  id: string,
  url: string,
  details: PaperDetails,
  sectionIds: string[] = [],
): CataloguePaper {
  return {
    id,
    title: details.title,
    url,
    ...(details.authors.length > 0 ? { authors: details.authors } : {}),
    ...(details.venue ? { venue: details.venue } : {}),
    ...(details.year === undefined ? {} : { year: details.year }),
    sectionIds,
    tags: [],
    links: [],
  };
}
