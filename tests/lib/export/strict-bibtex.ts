export type Entry = { type: string; key: string; fields: Record<string, string> };

/** A strict reader: braces counted as BibTeX counts them (a backslash escapes nothing). */
export function strictParse(bib: string): Entry[] {
  const entries: Entry[] = [];
  const head = /@(\w+)\{([^,\s{}]+),\n/y;
  let pos = 0;
  while (pos < bib.length) {
    if (/\s/.test(bib.charAt(pos))) {
      pos += 1;
      continue;
    }
    head.lastIndex = pos;
    const match = head.exec(bib);
    if (!match) throw new Error(`entry expected at ${pos}: ${bib.slice(pos, pos + 40)}`);
    pos = head.lastIndex;
    const fields: Record<string, string> = {};
    for (;;) {
      const field = / {2}(\w+) = \{/y;
      field.lastIndex = pos;
      const name = field.exec(bib)?.[1];
      if (!name) throw new Error(`field expected at ${pos}: ${bib.slice(pos, pos + 40)}`);
      pos = field.lastIndex;
      let depth = 0;
      const start = pos;
      for (; depth >= 0; pos += 1) {
        if (pos >= bib.length) throw new Error('unterminated value');
        if (bib.charAt(pos) === '{') depth += 1;
        if (bib.charAt(pos) === '}') depth -= 1;
      }
      fields[name] = bib.slice(start, pos - 1);
      if (bib.startsWith(',\n', pos)) pos += 2;
      else if (bib.startsWith('\n}\n', pos)) {
        pos += 3;
        break;
      } else throw new Error(`, or } expected at ${pos}`);
    }
    entries.push({ type: match[1] ?? '', key: match[2] ?? '', fields });
  }
  return entries;
}

/** Undoes the exporter's LaTeX escapes, to compare values with the original text. */
export const unescape = (value: string) =>
  value
    .replace(/\\textbackslash\{\}/g, '\\')
    .replace(/\\textbraceleft\{\}/g, '{')
    .replace(/\\textbraceright\{\}/g, '}')
    .replace(/\\textasciitilde\{\}/g, '~')
    .replace(/\\textasciicircum\{\}/g, '^')
    .replace(/\\textless\{\}/g, '<')
    .replace(/\\textgreater\{\}/g, '>')
    .replace(/\\([%&$#_])/g, '$1');
