import { renderToStaticMarkup } from 'react-dom/server';
import { parseCatalogueText } from '../../lib/catalogue/load-catalogue';
import type { Catalogue } from '../../lib/catalogue/schema';
import { FirstScreen } from './first-screen';
import { FIRST_SCREEN_ID, FIRST_SCREEN_PAPERS } from './first-screen-marks';

// React writes attribute values escaped, so a value never contains a double quote.
const APP_ONLY_ATTRIBUTES = / (?:id|aria-labelledby|style|for|tabindex)="[^"]*"/g;

/**
 * The static copy of the list's first screen, for index.html (run at build time, in Node). It is
 * a picture of the page until the app is ready: no ids to collide with the app's own, no inline
 * styles (the Content-Security-Policy refuses them), and out of reach of keyboard and screen
 * readers, which find the real page a moment later.
 */
export function renderFirstScreen(catalogue: Catalogue): string {
  const markup = renderToStaticMarkup(
    <FirstScreen catalogue={catalogue} papers={FIRST_SCREEN_PAPERS} />,
  ).replace(APP_ONLY_ATTRIBUTES, '');
  return `<div class="first-screen" id="${FIRST_SCREEN_ID}" inert aria-hidden="true">${markup}</div>`;
}

/** The same, for a catalogue file's text, checked as the app checks it. */
export function renderFirstScreenOf(catalogueJson: string): string {
  return renderFirstScreen(parseCatalogueText(catalogueJson, '/catalogue.json'));
}
