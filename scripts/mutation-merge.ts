// Merges the incremental files of per-folder mutation runs into one, later files winning:
//   npm run test:mutation:merge -- <out.json> <in.json> [more.json ...]
import { readFile, writeFile } from 'node:fs/promises';
import { incrementalSchema, mergeIncremental } from './mutation/merge-incremental';

const [out, ...inputs] = process.argv.slice(2);
if (out === undefined || inputs.length === 0) {
  console.error('usage: npm run test:mutation:merge -- <out.json> <in.json> [more.json ...]');
  process.exit(2);
}
const reports = await Promise.all(
  inputs.map(async (path) => incrementalSchema.parse(JSON.parse(await readFile(path, 'utf8')))),
);
const merged = mergeIncremental(reports);
await writeFile(out, JSON.stringify(merged));
console.log(`${out}: ${Object.keys(merged.files).length} files`);
