// Venues lists name most often, compared in capitals; any acronym-like word counts as well.
const knownVenues = new Set(
  `NEURIPS NIPS ICML ICLR CVPR ICCV ECCV ACL EMNLP NAACL COLING EACL AACL CONLL AAAI IJCAI KDD WWW
  SIGIR WSDM CIKM ICDM SDM RECSYS OSDI SOSP NSDI EUROSYS ATC FAST MLSYS SYSML ASPLOS ISCA MICRO
  HPCA PPOPP PLDI POPL OOPSLA ICSE FSE ASE ISSTA TSE TOSEM S&P CCS NDSS TPAMI PAMI TIP TNNLS JMLR
  TMLR TACL IJCV AISTATS UAI COLT CORL RSS ICRA IROS MICCAI BMVC WACV ACCV ICASSP INTERSPEECH
  INFOCOM SIGCOMM MOBICOM MOBISYS SENSYS VLDB SIGMOD ICDE CHI UIST CSCW ARXIV NATURE SCIENCE PNAS
  CELL TKDE TOIS TKDD IJCNN ECML PKDD SIGGRAPH TOG ICPR ICME MM TIFS TDSC USENIX SECURITY OAKLAND
  EUROS&P ASIACCS RAID ACSAC DSN ISSRE SOCC MIDDLEWARE HOTOS HOTCLOUD ICDCS IPDPS SC HPDC PODC
  LREC SEMEVAL FINDINGS BLACKBOXNLP ICWSM WEBCONF ECIR ICTIR GECCO CEC ALT ICDT EDBT ISWC ESWC
  NATURE-COMMUNICATIONS TMI MEDIA ISBI NEUROCOMPUTING ARTIFICIAL-INTELLIGENCE AIJ JAIR ML JCST
  TASLP TMM TCSVT TOMM RAL TRO IJRR CORR PREPRINT OPENREVIEW DISTILL`
    .split(/\s+/u)
    .filter((word) => word !== ''),
);

const venueWords =
  /\b(conference|proceedings|journal|transactions|workshop|symposium|letters|review|preprint|arxiv|nature|science|annual meeting|findings)\b/iu;
const acronym =
  /^(?:IEEE |ACM |USENIX )?[\p{Lu}\d&/@-]*\p{Lu}[\p{Lu}\d&/@-]*\p{Lu}[\p{L}\d&/@-]*$/u;
const maxVenueWords = 8;

function capitalsOf(word: string): string {
  return word.toUpperCase().replace(/[’']/gu, '');
}

/** True when `text` names a venue: a known one, an acronym like `S&P` or `ACM MM`, or `… Conference …`. */
export function looksLikeVenue(text: string): boolean {
  const trimmed = text.trim();
  // Empty text needs no test of its own: it has no known word, venue word or acronym below.
  if (trimmed.split(/\s+/u).length > maxVenueWords) return false;
  // Commas separate authors from venues; volume and page numbers follow a venue, not inside it.
  if (/^\d|,|\d[.:]\d|\d{3,}|et al|[()]/u.test(trimmed)) return false;
  const words = trimmed.split(/[\s-]+/u);
  if (words.some((word) => knownVenues.has(capitalsOf(word)))) return true;
  return venueWords.test(trimmed) || (words.length <= 3 && acronym.test(trimmed));
}

/**
 * A venue named without a year must be one lists use, or say what it is (`… Workshop on …`):
 * a bare acronym beside a title is as often the model's nickname (`[DCN]`, `GLaM`).
 */
export function namesVenueAlone(text: string): boolean {
  return looksLikeVenue(text) && (isKnownVenue(text) || venueWords.test(text));
}

/** True when every word of `text` is a venue lists name often: `ICML`, `ACM CCS`. */
export function isKnownVenue(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return words.every(
    (word) => word === 'ACM' || word === 'IEEE' || knownVenues.has(capitalsOf(word)),
  );
}

// `AI Open`, `Pattern Recognition Letters`: capitalised words, or small words between them.
const titleCasedWords = /^(?:(?:\p{Lu}[\p{L}&.-]*|of|on|and|for|the|in|&)\s?){1,5}$/u;

/** A venue named beside a year may be any short title-cased name. */
export function namesVenueWithYear(text: string): boolean {
  return looksLikeVenue(text) || titleCasedWords.test(text.trim());
}

/** The known venue a chunk starts with, as written: `Nature 521.7553` gives `Nature`. */
export function leadingVenue(text: string): string | undefined {
  // Stryker disable next-line StringLiteral,Regex: split always gives a first piece, and only that piece is used, which ends at the first separator however many follow
  const first = text.trim().split(/[\s,:]+/u)[0] ?? '';
  return knownVenues.has(capitalsOf(first)) ? first : undefined;
}
