export type VenueYear = { venue?: string; year?: number };

/** Two-digit years up to next year's belong to this century; the rest to the previous one. */
export function expandTwoDigitYear(twoDigits: number, currentYear: number): number {
  const century = currentYear - (currentYear % 100);
  return twoDigits <= (currentYear % 100) + 1 ? century + twoDigits : century - 100 + twoDigits;
}

const apostropheYear = /^(.*?)[\s,]*['’‘]\s?(\d{2})$/u;
const fullYear = /^(.*?)[\s,'’-]*(?<!\d)((?:19|20)\d{2})$/u;
// `ICLR15`: only for acronym-like names (ending in a capital) so tags like `ResNet50` stay tags.
const gluedYear = /^(\p{Lu}[\p{L}]*\p{Lu}|[Aa]rxiv)(\d{2})$/u;

const maxVenueLength = 120;
// `NeurIPS 2020, Oral` or `ICML'21 (Spotlight)`: how the paper was presented, after the year.
const presentedAs =
  /^(.*?(?:(?:19|20)\d{2}|['’‘]\s?\d{2}))[\s,;(–-]+(?:oral|spotlight|poster|highlight|(?:best|outstanding) (?:student )?paper(?: award)?)(?: (?:paper|presentation|track))?\)?$/iu;

function cleanVenue(raw: string): string | undefined {
  // Stryker disable next-line MethodExpression: raw always starts where trimmed text starts and the pattern takes its trailing spaces, so there is nothing left to trim
  const venue = raw.replace(/[\s,'’‘-]+$/u, '').trim();
  return venue === '' ? undefined : venue;
}

/**
 * Splits `TSE'20`, `NeurIps 2015`, `ICLR15` or `(ICSE 2024)` into venue and year. Text with no
 * recognisable year comes back as a venue alone; callers decide whether that is plausible.
 */
export function parseVenueYear(text: string, currentYear = new Date().getFullYear()): VenueYear {
  const trimmed = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[([]\s*(.*?)\s*[)\]]$/u, '$1')
    .replace(/[.;,]+$/u, '')
    .trim();
  // Real venues are short; the cap also keeps the lazy patterns below from going quadratic.
  if (trimmed.length > maxVenueLength) return {};
  const presented = presentedAs.exec(trimmed);
  if (presented?.[1] !== undefined) return parseVenueYear(presented[1], currentYear);
  const apostrophe = apostropheYear.exec(trimmed);
  if (apostrophe) {
    return {
      // Stryker disable next-line StringLiteral: group 1 takes part in every match, so the fallback is only for the type checker
      venue: cleanVenue(apostrophe[1] ?? ''),
      year: expandTwoDigitYear(Number(apostrophe[2]), currentYear),
    };
  }
  const full = fullYear.exec(trimmed);
  // Stryker disable next-line StringLiteral: group 1 takes part in every match, so the fallback is only for the type checker
  if (full) return { venue: cleanVenue(full[1] ?? ''), year: Number(full[2]) };
  const glued = gluedYear.exec(trimmed);
  if (glued) {
    return { venue: glued[1], year: expandTwoDigitYear(Number(glued[2]), currentYear) };
  }
  return { venue: cleanVenue(trimmed) };
}
