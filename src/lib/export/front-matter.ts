import { stringify } from 'yaml';

export type FrontMatterValue = string | number | readonly string[];
export type FrontMatterField = readonly [key: string, value: FrontMatterValue];

// The rules below are the `yaml` library's own for a flat block map (version 2, core schema,
// lineWidth 0), taken from its string and number stringifiers; anything they do not cover
// goes to the library, so the output is always what it would have written. A property test
// compares both, so an upgrade of the library that changes its rules fails the tests.

// Characters that make yaml escape or pick another style: control characters, lone surrogates,
// quotes and backslashes, line breaks (including the Unicode ones), a byte order mark.
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const unusual = /[\x00-\x1f\x7f-\x9f"\\\u2028\u2029\ufeff]|[\ud800-\udfff]/;
// What yaml will not write as a plain scalar (its own test, quoted as is).
const notPlain =
  /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
// Plain text that would read back as null, a boolean or a number, which yaml therefore quotes.
const typed =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)?$|^[-+]?[0-9]+$|^0o[0-7]+$|^0x[0-9a-fA-F]+$|^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const documentMarker = /^(?:%|---|\.\.\.)/;
const plainKey = /^[a-z]+$/;

/** The scalar as yaml writes it in block context, or undefined when that takes its full rules. */
function scalar(value: string | number): string | undefined {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : undefined;
  }
  if (unusual.test(value)) return undefined;
  // Without a quote or an escape in it, yaml's double-quoted form is the text in quotes.
  if (notPlain.test(value) || typed.test(value)) return `"${value}"`;
  return documentMarker.test(value) ? undefined : value;
}

function entry(key: string, value: FrontMatterValue): string | undefined {
  if (!plainKey.test(key)) return undefined;
  if (typeof value === 'string' || typeof value === 'number') {
    const text = scalar(value);
    return text === undefined ? undefined : `${key}: ${text}`;
  }
  if (value.length === 0) return `${key}: []`;
  const lines = [`${key}:`];
  for (const item of value) {
    const text = scalar(item);
    if (text === undefined) return undefined;
    lines.push(`  - ${text}`);
  }
  return lines.join('\n');
}

/**
 * `stringify(fields, { lineWidth: 0 })` of the `yaml` library, byte for byte, for a map of
 * strings, numbers and lists of strings whose values need none of its harder rules (escapes,
 * block scalars, single quotes); undefined for any other map.
 */
export function simpleFrontMatter(fields: readonly FrontMatterField[]): string | undefined {
  if (fields.length === 0) return undefined;
  const lines: string[] = [];
  const keys = new Set<string>();
  for (const [key, value] of fields) {
    const line = keys.has(key) ? undefined : entry(key, value);
    if (line === undefined) return undefined;
    keys.add(key);
    lines.push(line);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The fields as YAML, written as the `yaml` library writes them with lineWidth 0 (no folding).
 * Building the library's document for every paper of a large list takes seconds, and almost
 * every value is plain text it would write unchanged, so those skip it.
 */
export function frontMatterYaml(fields: readonly FrontMatterField[]): string {
  return simpleFrontMatter(fields) ?? stringify(Object.fromEntries(fields), { lineWidth: 0 });
}
