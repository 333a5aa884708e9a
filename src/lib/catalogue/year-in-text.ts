import { expandTwoDigitYear } from './venue-year';

const months =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** A whole bracket or cell that is only a date: `2022.01`, `2023-12-11`, `Jan. 2020`, `(2015)`. */
const wholeDate = new RegExp(
  String.raw`^[([]?\s*(?:\d{1,2}\s+)?(?:(?:${months})\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?((?:19|20)\d{2})(?:[-./](?:0?[1-9]|1[0-2])(?:[-./](?:0?[1-9]|[12]\d|3[01]))?)?\s*[)\]]?[.,;]?$`,
  'iu',
);

/**
 * A year inside running text, word-bounded so `ResNet50`, `1,2024 samples` and `arXiv:2101.01234`
 * are not read as years: `2015`, `VENUE'19`, `[S&P'17]`, `Arxiv18`, `2022.01`, `2023-12-11`.
 */
const yearInText =
  /(?<![\p{L}\p{N}.:/#-]|\d,)((?:19|20)\d{2})(?!\p{N})(?![.,]\d{3,})|(?<=\b\p{Lu}\p{L}*\p{Lu})((?:19|20)\d{2})(?!\p{N})|(?<=[\p{Lu}&][\p{L}&]*\s?['’‘])(\d{2})(?!\p{N})|(?<=\b(?:\p{Lu}\p{L}*\p{Lu}|Arxiv|arXiv))(\d{2})(?!\p{N})|(?<=\b(?:arxiv|Arxiv|arXiv|ARXIV) )(\d{2})(?=[.-](?:0[1-9]|1[0-2])\b)/gu;

// Both patterns only capture `19xx` or `20xx`, so a year can be too late here but never too early.
function plausible(year: number, currentYear: number): number | undefined {
  return year <= currentYear + 1 ? year : undefined;
}

/** The year of text that is nothing but a date, such as a table cell or `[2022.01]`. */
export function yearOfDate(
  text: string,
  currentYear = new Date().getFullYear(),
): number | undefined {
  const match = wholeDate.exec(text.trim());
  return match?.[1] === undefined ? undefined : plausible(Number(match[1]), currentYear);
}

export type YearMatch = { year: number; index: number; length: number };

/** The first plausible year written anywhere in `text`, with where it was written. */
export function findYear(
  text: string,
  currentYear = new Date().getFullYear(),
): YearMatch | undefined {
  for (const match of text.matchAll(yearInText)) {
    const [whole, full, gluedFull, apostrophe, glued, dotted] = match;
    const four = full ?? gluedFull;
    const year =
      four !== undefined
        ? plausible(Number(four), currentYear)
        : expandTwoDigitYear(Number(apostrophe ?? glued ?? dotted), currentYear);
    if (year !== undefined) return { year, index: match.index, length: whole.length };
  }
  return undefined;
}

// New-style ids (`2101.01234`: January 2021) and old-style ones (`cs/0112017`: December 2001).
const newArxivId = /^arxiv:(\d{2})(?:0[1-9]|1[0-2])\.\d{4,5}$/u;
const oldArxivId = /^arxiv:[a-z-]+(?:\.[A-Za-z]{2})?\/(\d{2})(?:0[1-9]|1[0-2])\d{3}$/u;

/** When an arXiv paper first appeared, read from its id; the fallback where a list gives no year. */
export function yearOfArxivId(paperId: string): number | undefined {
  const modern = newArxivId.exec(paperId);
  if (modern?.[1] !== undefined) return 2000 + Number(modern[1]);
  const old = oldArxivId.exec(paperId);
  if (old?.[1] === undefined) return undefined;
  const twoDigits = Number(old[1]);
  // arXiv started in 1991; old-style ids ran until March 2007.
  return twoDigits >= 91 ? 1900 + twoDigits : 2000 + twoDigits;
}
