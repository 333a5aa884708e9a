/** The last author when a list abbreviates the rest; exports turn it into their own convention. */
export const ET_AL = 'et al.';

const initial = /^\p{Lu}\.?(?:-?\p{Lu}\.?)*$/u;
const capitalised = /^\p{Lu}[\p{Ll}\p{M}]*(?:['’-]?\p{Lu}?[\p{Ll}\p{M}]+)*\.?$/u;
const hanName = /^\p{Script=Han}{2,4}$/u;
const particles = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'la', 'le', 'du']);
const maxNameTokens = 5;

// Words of venues, labs and remarks, which are capitalised like names but never part of one.
const notNames = new Set(
  `conference proceedings journal transactions workshop symposium international annual meeting
  association society letters review science nature learning neural network networks systems
  system information processing vision computer computing machine intelligence artificial
  analysis language languages data model models university research lab labs institute
  google microsoft meta openai deepmind facebook amazon apple nvidia baidu alibaba tencent
  survey paper papers code project arxiv preprint technical report oral spotlight best award
  tutorial blog dataset benchmark github website video slides pdf link the a an in on of for
  with and via to from toward towards using is are new efficient robust large small scale
  reinforcement graph generative adversarial training language-model transformer transformers`
    .split(/\s+/u)
    .filter((word) => word !== ''),
);

function isNameToken(token: string, position: number): boolean {
  if (initial.test(token)) return true;
  if (notNames.has(token.toLowerCase().replace(/\.$/u, ''))) return false;
  if (position > 0 && particles.has(token)) return true;
  return capitalised.test(token) || hanName.test(token);
}

function isName(part: string): boolean {
  const tokens = part.split(' ');
  if (tokens.length > maxNameTokens) return false;
  return tokens.every((token, position) => isNameToken(token, position));
}

// One word that is not an initial: a surname written before its given names. A Han name is
// written whole, surname first, so `张伟, 李娜` is two people, not one inverted name.
function isSurnameAlone(part: string): boolean {
  return !part.includes(' ') && !/\p{Lu}\./u.test(part) && !hanName.test(part);
}

const etAlPattern = /,?\s*(?:et\.?\s*al\.?|and others)\s*$/iu;

/**
 * Reads `A. Author, B. Author and C. Author`, `Author et al.` or `Yann LeCun, Yoshua Bengio` as
 * a list of names; anything that is not made only of names gives undefined. A lone name needs
 * `et al.` or a second word, so that a single capitalised word is not taken for an author.
 */
export function readAuthors(raw: string): string[] | undefined {
  const cleaned = raw
    .replace(/\s+/gu, ' ')
    .replace(/^[\s*_"“(]+|[\s*_"”).;:,]+$/gu, '')
    .trim();
  const etAl = etAlPattern.test(cleaned);
  // Each part is trimmed below, which also drops the space left by `Quill , et al.`.
  const parts = cleaned
    .replace(etAlPattern, '')
    .split(/\s*(?:,|;|&|\band\b)\s*/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  // `Ba, Jimmy Lei, Jamie Ryan Kiros`: the first author is written surname first.
  const [first, second] = parts;
  const inverted =
    parts.slice(2).some((part) => part.includes(' ')) || (etAl && parts.length === 2);
  // Stryker disable next-line LogicalOperator: `inverted` needs a third part or exactly two, so `second` is always there when it holds
  if (first && second && isSurnameAlone(first) && inverted) {
    parts.splice(0, 2, `${second} ${first}`);
  }
  if (parts.length === 0 || !parts.every(isName)) return undefined;
  if (!etAl && !parts.some((part) => part.includes(' '))) return undefined;
  return etAl ? [...parts, ET_AL] : parts;
}
