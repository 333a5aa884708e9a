// The README's mutation table from one or more StrykerJS JSON reports, later ones winning per file:
//   npm run test:mutation:scores -- reports/mutation/mutation.json [more.json ...]
import { readFile } from 'node:fs/promises';
import { countByFolder, formatTable, mergeReports, reportSchema } from './mutation/mutation-table';

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: npm run test:mutation:scores -- <report.json> [more.json ...]');
  process.exit(2);
}
const reports = await Promise.all(
  paths.map(async (path) => reportSchema.parse(JSON.parse(await readFile(path, 'utf8')))),
);
console.log(formatTable(countByFolder(mergeReports(reports))));
