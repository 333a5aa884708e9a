// Builds a catalogue JSON from an awesome list:
//   npm run catalogue -- <input.md> [-o <output.json>] [--source-url <base-url>]
// With no arguments it builds the bundled list into public/catalogue.json.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeSummary, summarizeCatalogue } from '../src/lib/catalogue/catalogue-summary';
import { checkListText, checkMarkdownSize } from '../src/lib/catalogue/list-limits';
import { parseAwesomeList } from '../src/lib/catalogue/parse-awesome-list';
import { catalogueSchema } from '../src/lib/catalogue/schema';

type Job = { input: string; output?: string; sourceUrl?: string };
type Parsed = { ok: true; job: Job } | { ok: false; message: string };

const usage = 'usage: npm run catalogue -- <input.md> [-o <output.json>] [--source-url <base-url>]';
const defaultJob: Job = {
  input: fileURLToPath(new URL('./data/awesome-ml-reliability.md', import.meta.url)),
  output: fileURLToPath(new URL('../public/catalogue.json', import.meta.url)),
  sourceUrl: 'https://github.com/OrderLab/awesome-machine-learning-reliability/blob/main/',
};

function readArgs(argv: string[]): Parsed {
  if (argv.length === 0) return { ok: true, job: defaultJob };
  let values: { output?: string; 'source-url'?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: { output: { type: 'string', short: 'o' }, 'source-url': { type: 'string' } },
      allowPositionals: true,
    }));
  } catch (error) {
    return { ok: false, message: `${error instanceof Error ? error.message : error} (${usage})` };
  }
  const [input, ...extra] = positionals;
  if (input === undefined || extra.length > 0) {
    return { ok: false, message: `expected exactly one input file (${usage})` };
  }
  if (values.output === '') return { ok: false, message: `-o needs a file path (${usage})` };
  const sourceUrl = values['source-url'];
  if (sourceUrl !== undefined && !URL.canParse(sourceUrl)) {
    return { ok: false, message: `--source-url "${sourceUrl}" is not a URL (${usage})` };
  }
  if (sourceUrl !== undefined && !/^https?:\/\//i.test(sourceUrl)) {
    return { ok: false, message: `--source-url "${sourceUrl}" must be an http(s) URL` };
  }
  return { ok: true, job: { input, output: values.output, sourceUrl } };
}

const fileErrors: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
};

function fileErrorText(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  return fileErrors[code] ?? (error instanceof Error ? error.message : String(error));
}

/** Paths as the user would type them: relative to the working directory when inside it. */
function shown(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  return fromCwd === '' || fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function fail(message: string, code = 1): number {
  process.stderr.write(`catalogue: error: ${message}\n`);
  return code;
}

async function run(argv: string[]): Promise<number> {
  const parsed = readArgs(argv);
  if (!parsed.ok) return fail(parsed.message, 2);
  const { input, output, sourceUrl } = parsed.job;

  let markdown: string;
  try {
    // The app's limits, checked before parsing: a hostile file could hold the parser for minutes.
    const size = checkMarkdownSize((await stat(input)).size);
    if (!size.ok) return fail(`${shown(input)}: ${size.reason}`);
    markdown = await readFile(input, 'utf8');
  } catch (error) {
    return fail(`cannot read ${shown(input)}: ${fileErrorText(error)}`);
  }
  const check = checkListText(markdown);
  if (!check.ok) return fail(`${shown(input)}: ${check.reason}`);
  const { catalogue, warnings, skipped } = parseAwesomeList(markdown, { sourceUrl });
  if (catalogue.papers.length === 0) {
    const first = warnings[0];
    const count = plural(warnings.length, 'warning');
    const hint = first ? ` (${count}, first: line ${first.line}: ${first.message})` : '';
    return fail(`${shown(input)}: no paper entries found${hint}`);
  }
  const checked = catalogueSchema.safeParse(catalogue);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return fail(
      `${shown(input)}: invalid catalogue at ${issue?.path.join('.')}: ${issue?.message}`,
    );
  }

  for (const { line, message } of warnings) {
    process.stderr.write(`${shown(input)}:${line}: warning: ${message}\n`);
  }
  const json = `${JSON.stringify(checked.data, null, 2)}\n`;
  if (output === undefined) {
    process.stdout.write(json);
  } else {
    try {
      await mkdir(dirname(output), { recursive: true });
      await writeFile(output, json);
    } catch (error) {
      return fail(`cannot write ${shown(output)}: ${fileErrorText(error)}`);
    }
  }
  const destination = output === undefined ? 'stdout' : shown(output);
  const summary = describeSummary(summarizeCatalogue({ catalogue: checked.data, skipped }), {
    sections: true,
  });
  process.stderr.write(`catalogue: ${summary} -> ${destination}\n`);
  return 0;
}

process.exitCode = await run(process.argv.slice(2));
