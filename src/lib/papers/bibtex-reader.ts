/**
 * A forgiving reader of BibTeX files as Zotero, Mendeley, JabRef and Google Scholar write them:
 * `@string` macros, `#` concatenation, braced and quoted values, `{…}` or `(…)` around an entry,
 * text between entries ignored (as BibTeX ignores it), `@comment` and `@preamble` skipped. An
 * entry it cannot read is reported with its key, line and reason, and reading goes on at the next
 * line that starts with `@`. Values are returned as written (LaTeX and braces kept).
 */
export type BibtexEntry = {
  type: string;
  key: string;
  line: number;
  /** Field names in lower case; the first of a repeated field is kept, as BibTeX does. */
  fields: ReadonlyMap<string, string>;
};

export type BibtexProblem = { key: string | null; line: number; reason: string };

export type BibtexFile = { entries: BibtexEntry[]; problems: BibtexProblem[] };

type Cursor = { text: string; at: number; macros: Map<string, string> };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NAME = /[^\s"#%(),={}]+/y;

function skipSpace(cursor: Cursor): void {
  while (/\s/.test(cursor.text[cursor.at] ?? '')) cursor.at += 1;
}

function readName(cursor: Cursor, what: string): string {
  skipSpace(cursor);
  NAME.lastIndex = cursor.at;
  const name = NAME.exec(cursor.text)?.[0];
  if (!name)
    throw new Error(`${what} expected at “${cursor.text.slice(cursor.at, cursor.at + 12)}”`);
  cursor.at += name.length;
  return name;
}

function expect(cursor: Cursor, char: string, what: string): void {
  skipSpace(cursor);
  if (cursor.text[cursor.at] !== char) {
    const found = cursor.text[cursor.at];
    throw new Error(
      `${what} expected${found === undefined ? ' before the end of the file' : ` but found “${found}”`}`,
    );
  }
  cursor.at += 1;
}

/** From an opening `{` or `"`: the text up to its closing one (braces counted, as BibTeX does). */
function readDelimited(cursor: Cursor, close: '}' | '"'): string {
  const start = cursor.at + 1;
  let depth = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads no character, and the same error follows
  for (let at = start; at < cursor.text.length; at += 1) {
    const char = cursor.text[at];
    if (char === '{') depth += 1;
    else if (char === '}' && depth > 0) depth -= 1;
    else if (char === close && depth === 0) {
      cursor.at = at + 1;
      return cursor.text.slice(start, at);
    }
  }
  throw new Error(close === '}' ? 'a “{” is never closed' : 'a quoted value is never closed');
}

function readPart(cursor: Cursor): string {
  skipSpace(cursor);
  const char = cursor.text[cursor.at];
  if (char === '{') return readDelimited(cursor, '}');
  if (char === '"') return readDelimited(cursor, '"');
  const name = readName(cursor, 'a value');
  if (/^\d+$/.test(name)) return name;
  const macro = cursor.macros.get(name.toLowerCase());
  // An undefined macro (BibTeX warns and leaves it empty): its name says more than nothing.
  return macro ?? name;
}

function readValue(cursor: Cursor): string {
  let value = readPart(cursor);
  skipSpace(cursor);
  while (cursor.text[cursor.at] === '#') {
    cursor.at += 1;
    value += readPart(cursor);
    skipSpace(cursor);
  }
  return value;
}

function readFields(cursor: Cursor, close: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (;;) {
    skipSpace(cursor);
    if (cursor.text[cursor.at] === close) break;
    const name = readName(cursor, 'a field name').toLowerCase();
    expect(cursor, '=', `“=” after the field “${name}”`);
    const value = readValue(cursor);
    if (!fields.has(name)) fields.set(name, value);
    skipSpace(cursor);
    if (cursor.text[cursor.at] !== ',') break;
    cursor.at += 1;
  }
  expect(cursor, close, `“,” or “${close}” after a field`);
  return fields;
}

function lineCounter(text: string): (at: number) => number {
  let from = 0;
  let line = 1;
  return (at) => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: entries are met in file order, so the count never goes back, and counting again from the top gives the same line
    if (at < from) {
      from = 0;
      line = 1;
    }
    // Stryker disable next-line EqualityOperator: the count stops at the @ of an entry, never at a line break
    for (; from < at; from += 1) if (text.charCodeAt(from) === 10) line += 1;
    return line;
  };
}

function nextEntryLine(text: string, from: number): number {
  const match = /\n[ \t]*@/g;
  match.lastIndex = from;
  const found = match.exec(text);
  return found ? found.index + found[0].length - 1 : text.length;
}

export function readBibtex(text: string): BibtexFile {
  const cursor: Cursor = { text, at: 0, macros: new Map(MONTHS.map((m) => [m, m])) };
  const lineOf = lineCounter(text);
  const entries: BibtexEntry[] = [];
  const problems: BibtexProblem[] = [];
  for (;;) {
    const start = text.indexOf('@', cursor.at);
    if (start < 0) break;
    cursor.at = start + 1;
    const type = /^[A-Za-z][\w-]*/.exec(text.slice(cursor.at, cursor.at + 40))?.[0];
    if (!type) continue;
    cursor.at += type.length;
    skipSpace(cursor);
    const open = text[cursor.at];
    // An @ in the text between entries (an e-mail address) starts nothing.
    if (open !== '{' && open !== '(') continue;
    const close = open === '{' ? '}' : ')';
    const kind = type.toLowerCase();
    let key: string | null = null;
    try {
      if (kind === 'comment' || kind === 'preamble') {
        if (open === '{') {
          readDelimited(cursor, '}');
        } else {
          // Stryker disable next-line ArithmeticOperator: the reading goes on at the next @, and neither the character before the “(” nor the one before the “)” can start an entry
          cursor.at = Math.max(cursor.at + 1, text.indexOf(')', cursor.at) + 1);
        }
        continue;
      }
      cursor.at += 1;
      if (kind === 'string') {
        const name = readName(cursor, 'a macro name');
        expect(cursor, '=', `“=” after @string ${name}`);
        cursor.macros.set(name.toLowerCase(), readValue(cursor));
        expect(cursor, close, `“${close}” closing @string ${name}`);
        continue;
      }
      key = readName(cursor, 'the entry’s key');
      skipSpace(cursor);
      const fields = text[cursor.at] === close ? new Map<string, string>() : null;
      // Stryker disable next-line AssignmentOperator: a step back lands on the key's last character or a space, and an @ there is followed by the closing brace, which starts nothing
      if (fields) cursor.at += 1;
      else expect(cursor, ',', `“,” after the key ${key}`);
      entries.push({
        type: kind,
        key,
        line: lineOf(start),
        fields: fields ?? readFields(cursor, close),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push({ key, line: lineOf(start), reason });
      cursor.at = nextEntryLine(text, start);
    }
  }
  return { entries, problems };
}
