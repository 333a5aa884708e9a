// Venue names the survey treats as "this entry names a venue". Matched case-insensitively and
// letter-bounded (digits may touch: `ICLR2020`, `CVPR'19`). A list, not a rule, so it stays
// easy to audit: machine learning, vision, language, data, systems, security, software
// engineering and the journals these lists cite.
// prettier-ignore
const names: readonly string[] = [
  // machine learning and AI
  'NeurIPS', 'NIPS', 'ICML', 'ICLR', 'AAAI', 'IJCAI', 'AISTATS', 'UAI', 'COLT', 'CoRL',
  'AAMAS', 'ECML', 'ECML-PKDD', 'PKDD', 'ACML', 'TMLR', 'JMLR', 'MLSys', 'SysML',
  // vision, graphics, robotics, medical imaging
  'CVPR', 'ICCV', 'ECCV', 'WACV', 'BMVC', 'ACCV', '3DV', 'SIGGRAPH', 'SIGGRAPH Asia', 'ICRA',
  'IROS', 'MICCAI', 'IJCV', 'TPAMI', 'PAMI', 'TOG',
  // language and speech
  'ACL', 'EMNLP', 'NAACL', 'COLING', 'EACL', 'AACL', 'CoNLL', 'TACL', 'Interspeech', 'ICASSP',
  // data, web, retrieval
  'KDD', 'SIGKDD', 'WWW', 'TheWebConf', 'WSDM', 'SIGIR', 'CIKM', 'RecSys', 'ICDM', 'SDM',
  'ICDE', 'VLDB', 'PVLDB', 'SIGMOD', 'TKDE', 'TNNLS', 'TKDD',
  // systems, networking, architecture
  'OSDI', 'SOSP', 'NSDI', 'EuroSys', 'USENIX ATC', 'ASPLOS', 'ISCA', 'HPCA', 'SoCC',
  'SIGCOMM', 'MobiCom', 'MobiSys', 'SenSys', 'INFOCOM', 'PPoPP', 'HPDC', 'OptML',
  // security
  'S&P', 'IEEE S&P', 'Oakland', 'CCS', 'USENIX Security', 'NDSS', 'AsiaCCS', 'RAID',
  // software engineering and programming languages
  'ICSE', 'ESEC/FSE', 'FSE', 'ISSTA', 'PLDI', 'POPL', 'OOPSLA',
  // journals and preprint servers
  'PNAS', 'Nature Communications', 'Nature Machine Intelligence', 'Science Advances', 'arXiv',
  'CoRR', 'bioRxiv',
];

// Ordinary English words as well as journal names: they count only capitalised and next to a
// year (`Nature 2015`, `Science, 2006`), so "the nature of attention" does not.
const wordVenues = /(?<!\p{L})(?:Nature|Science)(?!\p{L})[,.]?\s*(?:19|20)\d{2}(?!\d)/u;

function escape(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+');
}

// Longest first, so `USENIX Security` wins over a shorter name at the same place.
const alternatives = [...names].sort((a, b) => b.length - a.length).map(escape);
const venuePattern = new RegExp(`(?<!\\p{L})(?:${alternatives.join('|')})(?!\\p{L})`, 'iu');
// `Arxiv18`, `ICLR'19`, `CVPR 19`, `ECCV2020`: a known venue glued to a two- or four-digit year.
const venueYear = new RegExp(
  `(?<!\\p{L})(?:${alternatives.join('|')})['’]?\\s?(?:\\d{2}|\\d{4})(?!\\d)`,
  'iu',
);

export function namesVenue(text: string): boolean {
  return venuePattern.test(text) || wordVenues.test(text);
}

export function hasVenueYear(text: string): boolean {
  return venueYear.test(text);
}
