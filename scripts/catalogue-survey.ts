// Measures the awesome-list parser on a folder of real lists, so a parser change shows up as
// numbers rather than impressions:
//   npm run catalogue:survey -- <folder> [--verbose] [--json]
// Every `*.md` in the folder is parsed; see scripts/survey/ for what each column counts.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatMisses } from './survey/survey-misses';
import { surveyList, type ListSurvey } from './survey/survey-list';
import { formatTable, totalOf } from './survey/survey-table';

type Options = { folder: string; verbose: boolean; json: boolean };
type Parsed = { ok: true; options: Options } | { ok: false; message: string };

const usage = 'usage: npm run catalogue:survey -- <folder> [--verbose] [--json]';

function readArgs(argv: string[]): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { verbose: { type: 'boolean' }, json: { type: 'boolean' } },
      allowPositionals: true,
    });
    const [folder, ...extra] = positionals;
    if (folder === undefined || folder === '' || extra.length > 0) {
      return { ok: false, message: 'expected exactly one folder' };
    }
    return {
      ok: true,
      options: { folder, verbose: values.verbose ?? false, json: values.json ?? false },
    };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function fail(message: string, code: number): number {
  process.stderr.write(`catalogue:survey: error: ${message}\n`);
  return code;
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.md'))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
}

function report(surveys: ListSurvey[], options: Options): string {
  if (options.json) {
    return JSON.stringify({ lists: surveys, total: totalOf(surveys) }, null, 2);
  }
  const table = formatTable(surveys);
  if (!options.verbose) return table;
  return [table, ...surveys.map(formatMisses)].join('\n\n');
}

async function run(argv: string[]): Promise<number> {
  const parsed = readArgs(argv);
  if (!parsed.ok) return fail(`${parsed.message}\n${usage}`, 2);
  const { options } = parsed;

  let files: string[];
  try {
    files = await listFiles(options.folder);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`cannot read folder ${options.folder}: ${reason}`, 1);
  }
  if (files.length === 0) return fail(`no .md files in ${options.folder}`, 1);

  const surveys: ListSurvey[] = [];
  for (const file of files) {
    const markdown = await readFile(join(options.folder, file), 'utf8');
    surveys.push(surveyList(file.replace(/\.md$/i, ''), markdown));
  }
  process.stdout.write(`${report(surveys, options)}\n`);
  return 0;
}

process.exitCode = await run(process.argv.slice(2));
