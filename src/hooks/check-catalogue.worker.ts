// Parses and checks a list's text off the page's thread: at 10,000 papers the schema check
// alone takes most of 100 ms, and the page must keep answering (and painting) meanwhile.
import { parseCatalogueText } from '../lib/catalogue/load-catalogue';
import type { CatalogueCheck, CatalogueCheckRequest } from './check-catalogue-text';

self.addEventListener('message', (event: MessageEvent<CatalogueCheckRequest>) => {
  const { text, url } = event.data;
  let answer: CatalogueCheck;
  try {
    answer = { ok: true, catalogue: parseCatalogueText(text, url) };
  } catch (error) {
    answer = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
});
