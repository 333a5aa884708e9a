// Text normalisation and tokenising shared by the search index and its queries: both sides must
// go through exactly the same steps, or a word typed by the user could never equal a stored token.

const NON_ASCII = /[\u0080-\uffff]/;
const ASCII_WORD_RUNS = /[a-z0-9]+/g;
// Every combining mark except the kana voicing marks, which change a word rather than accent it.
const COMBINING_MARKS = /(?![\u3099\u309a])\p{M}/gu;
const WORD_RUNS = /[\p{L}\p{N}]+/gu;
// Script_Extensions rather than Script so the prolonged sound mark (ー) and 々 stay inside a run.
const CJK_CHAR = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u;
const CJK_OR_OTHER_RUNS =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]+|[^\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]+/gu;

/**
 * Lower-cases and folds text so that `Métrique`, `METRIQUE` and `metrique` compare equal.
 * `toLowerCase` (not `toLocaleLowerCase`) keeps the result the same on every user's machine.
 * Stripping combining marks also folds some distinctions that are not accents (Indic vowel
 * signs); that only widens matches, and both sides fold the same way. The final NFC puts kana
 * voicing marks and Hangul syllables back together, so they stay letters.
 */
export function normaliseText(text: string): string {
  const lower = text.toLowerCase();
  // Most titles and notes are plain ASCII: skip the Unicode work entirely for them.
  // Stryker disable next-line ConditionalExpression: ASCII has no marks, ς or ß, and NFKD/NFC leave it as is: the Unicode path returns it unchanged
  if (!NON_ASCII.test(lower)) return lower;
  return (
    lower
      .normalize('NFKD')
      .replace(COMBINING_MARKS, '')
      // Full case folding that toLowerCase leaves out: final sigma and German sharp s.
      .replace(/ς/g, 'σ')
      .replace(/ß/g, 'ss')
      .normalize('NFC')
  );
}

/**
 * Splits text into unique normalised tokens: runs of letters and digits in any script.
 * Chinese and Japanese are written without spaces, so a run of Han/kana characters becomes its
 * overlapping bigrams plus its last character. Every substring of such a run is then findable:
 * its bigrams are all tokens, and its last character starts some token.
 */
export function tokenise(text: string): string[] {
  // Plain ASCII (most notes) takes a regex without Unicode classes: several times faster.
  // Stryker disable next-line ConditionalExpression: on ASCII text the Unicode path finds the same a-z0-9 runs in the same order
  if (!NON_ASCII.test(text)) return [...new Set(text.toLowerCase().match(ASCII_WORD_RUNS))];
  return [...unicodeTokens(text)];
}

/**
 * Calls `visit` with every token of `tokenise(text)`, possibly more than once each: for callers
 * that collect tokens anyway, so no set or array is built per text.
 */
export function forEachToken(text: string, visit: (token: string) => void): void {
  // Stryker disable next-line ConditionalExpression: on ASCII text the Unicode path finds the same a-z0-9 runs
  if (NON_ASCII.test(text)) {
    unicodeTokens(text).forEach((token) => visit(token));
    return;
  }
  const runs = text.toLowerCase().match(ASCII_WORD_RUNS);
  if (runs) for (const token of runs) visit(token);
}

function unicodeTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const run of normaliseText(text).match(WORD_RUNS) ?? []) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: a run without CJK is one part below, added whole
    if (!NON_ASCII.test(run) || !CJK_CHAR.test(run)) {
      tokens.add(run);
      continue;
    }
    // Stryker disable next-line ArrayDeclaration: a run is never empty and each character is in one of the two classes, so it always matches
    for (const part of run.match(CJK_OR_OTHER_RUNS) ?? []) {
      if (CJK_CHAR.test(part)) addBigrams(part, tokens);
      else tokens.add(part);
    }
  }
  return tokens;
}

function addBigrams(run: string, tokens: Set<string>): void {
  // Array.from splits by code point, so characters outside the BMP (CJK Extension B) stay whole.
  const chars = Array.from(run);
  for (let i = 0; i < chars.length - 1; i++) tokens.add(`${chars[i]}${chars[i + 1]}`);
  const last = chars.at(-1);
  // Stryker disable next-line ConditionalExpression: only called for a run holding a CJK character, so there is a last one
  if (last !== undefined) tokens.add(last);
}
