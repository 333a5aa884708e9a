// `--verbose`: per list, examples of each kind of miss with the line to open, so whoever works on
// the parser can go straight to the Markdown that defeated it.
import type { ListSurvey, MissKind } from './survey-list';

const kinds: readonly { kind: MissKind; title: string; count: (s: ListSurvey) => number }[] = [
  {
    kind: 'link',
    title: 'paper links in no paper',
    count: (s) => s.paperLinks - s.foundLinks,
  },
  { kind: 'label-title', title: 'titles that are link labels', count: (s) => s.labelTitles },
  {
    kind: 'year',
    title: 'entries that give a year, parsed without',
    count: (s) => s.year.of - s.year.got,
  },
  {
    kind: 'venue',
    title: 'entries that give a venue, parsed without',
    count: (s) => s.venue.of - s.venue.got,
  },
  {
    kind: 'authors',
    title: 'entries that give authors, parsed without',
    count: (s) => s.authors.of - s.authors.got,
  },
];

export function formatMisses(survey: ListSurvey): string {
  const out: string[] = [`## ${survey.name}`];
  if (survey.unlocated > 0) {
    out.push(
      `  (${survey.unlocated} papers whose URL was not found in the source: no evidence read)`,
    );
  }
  for (const { kind, title, count } of kinds) {
    const examples = survey.misses.filter((miss) => miss.kind === kind);
    const total = count(survey);
    if (total === 0) continue;
    const shown = examples.length < total ? `, first ${examples.length}` : '';
    out.push(`  ${title}: ${total}${shown}`);
    for (const { line, source } of examples) {
      out.push(`    ${line === undefined ? '    ?' : `L${line}`.padStart(6)}  ${source}`);
    }
  }
  if (out.length === 1) out.push('  no misses');
  return out.join('\n');
}
