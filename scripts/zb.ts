import { syntheticCatalogue } from './bench/synthetic-list';
import { createPaperSearch } from '../src/lib/search/paper-search';
for (const n of [10000, 50000]) {
  const c = syntheticCatalogue(n);
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    const s = createPaperSearch(c.papers);
    const b = performance.now() - t;
    const times: string[] = [];
    for (const q of ['s', 'sy', 'sym', 'symbolic', 'symbolic e', 'symbolic exe']) {
      t = performance.now();
      const r = s.search(q);
      times.push(`${q}:${(performance.now() - t).toFixed(1)}/${r?.length}`);
    }
    console.log(n, 'build', b.toFixed(0), times.join(' '));
  }
}
