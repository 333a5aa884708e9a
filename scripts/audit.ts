/**
 * `npm run audit`: Lighthouse 12 on the production build (the bundled list), desktop and
 * mobile, printing category scores against the targets and the failing audits, and writing
 * bench/lighthouse.json (scores and failing audit ids only, not the full report).
 * Options: --no-build, --runs N (the median score per category over N runs; default 3).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { median } from './bench/metrics';
import { buildApp, REPO_ROOT, serve } from './bench/server';
import { CHROMIUM_ARGS, ensureChromium } from './chromium';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const TARGETS: Partial<Record<Category, { min: number; text: string }>> = {
  performance: { min: 95, text: '≥ 95' },
  accessibility: { min: 100, text: '= 100' },
  'best-practices': { min: 95, text: '≥ 95' },
};
const FORM_FACTORS = ['desktop', 'mobile'] as const;
type FormFactor = (typeof FORM_FACTORS)[number];
type Failing = { id: string; title: string; display?: string };
type Audit = { scores: Record<Category, number>; failing: Failing[] };

/** Audits that Lighthouse shows in red or orange: binary failures, numeric scores under 0.9. */
function failingAudits(lhr: Result): Failing[] {
  const ids = new Set(
    CATEGORIES.flatMap(
      (category) => lhr.categories[category]?.auditRefs.map((ref) => ref.id) ?? [],
    ),
  );
  return [...ids].flatMap((id) => {
    const audit = lhr.audits[id];
    if (!audit || audit.score === null) return [];
    if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) return [];
    if (audit.score >= (audit.scoreDisplayMode === 'binary' ? 1 : 0.9)) return [];
    return [
      { id, title: audit.title, ...(audit.displayValue ? { display: audit.displayValue } : {}) },
    ];
  });
}

async function audit(url: string, formFactor: FormFactor, chromePath: string): Promise<Audit> {
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  try {
    const flags = {
      port: chrome.port,
      logLevel: 'error' as const,
      onlyCategories: [...CATEGORIES],
    };
    const config = formFactor === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(url, flags, config);
    if (!result) throw new Error(`Lighthouse returned no result for ${formFactor}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((category) => [
        category,
        Math.round((lhr.categories[category]?.score ?? 0) * 100),
      ]),
    ) as Record<Category, number>;
    return { scores, failing: failingAudits(lhr) };
  } finally {
    chrome.kill();
  }
}

function print(results: Record<FormFactor, Audit>): void {
  const row = (cells: string[]) => cells.map((cell, i) => cell.padEnd(i === 0 ? 16 : 12)).join('');
  console.log(`\n${row(['Lighthouse', ...FORM_FACTORS, 'target'])}`);
  for (const category of CATEGORIES) {
    const target = TARGETS[category];
    const cells = FORM_FACTORS.map((formFactor) => {
      const score = results[formFactor].scores[category];
      return target ? `${score} ${score >= target.min ? 'PASS' : 'MISS'}` : String(score);
    });
    console.log(row([category, ...cells, target?.text ?? '']));
  }
  for (const formFactor of FORM_FACTORS) {
    console.log(`\nFailing audits (in any run), ${formFactor}:`);
    const failing = results[formFactor].failing;
    if (failing.length === 0) console.log('  none');
    for (const f of failing)
      console.log(`  ${f.id}: ${f.title}${f.display ? ` (${f.display})` : ''}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs wants a positive integer');
  const chromePath = ensureChromium();
  if (!values['no-build']) buildApp();
  // A snapshot, so another build of dist/ cannot change what is being audited mid-run.
  const snapshot = mkdtempSync(join(tmpdir(), 'readmark-audit-'));
  cpSync(join(REPO_ROOT, 'dist'), snapshot, { recursive: true });
  const results = {} as Record<FormFactor, Audit>;
  const server = await serve(snapshot).catch((error: unknown) => {
    rmSync(snapshot, { recursive: true, force: true });
    throw error;
  });
  try {
    for (const formFactor of FORM_FACTORS) {
      const audits: Audit[] = [];
      for (let run = 0; run < runs; run += 1) {
        console.log(`Lighthouse ${formFactor}, run ${run + 1} of ${runs}…`);
        audits.push(await audit(`${server.url}/`, formFactor, chromePath));
      }
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, median(audits.map((a) => a.scores[c]))]),
      ) as Record<Category, number>;
      const failing = [...new Map(audits.flatMap((a) => a.failing).map((f) => [f.id, f])).values()];
      results[formFactor] = { scores, failing };
    }
  } finally {
    await server.stop();
    rmSync(snapshot, { recursive: true, force: true });
  }
  print(results);
  const summary = Object.fromEntries(
    FORM_FACTORS.map((f) => [
      f,
      { scores: results[f].scores, failing: results[f].failing.map((a) => a.id) },
    ]),
  );
  const out = join(REPO_ROOT, 'bench', 'lighthouse.json');
  mkdirSync(join(REPO_ROOT, 'bench'), { recursive: true });
  const report = { generatedAt: new Date().toISOString(), lighthouse: '12.2.3', runs, ...summary };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
