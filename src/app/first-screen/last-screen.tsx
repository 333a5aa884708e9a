import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ImportedList } from '../../lib/backup/backup-format';
import type { Catalogue } from '../../lib/catalogue/schema';
import type { ThemePreference } from '../../hooks/theme-preference';
import type { ListDensity } from '../../lib/list-density';
import type { PaperState } from '../../lib/paper-state';
import { ListSwitcher } from '../list-switcher';
import { FirstScreen } from './first-screen';
import { FIRST_SCREEN_PAPERS, LAST_SCREEN_KEY } from './first-screen-marks';
import { pictureMarkup } from './picture-markup';

export type LastScreen = {
  catalogue: Catalogue;
  states: ReadonlyMap<string, PaperState>;
  defaultTitle: string;
  lists: ImportedList[];
  activeListId: string;
  density: ListDensity;
  /** Drawn by the theme button from its own store; here so that a change takes a new picture. */
  theme: ThemePreference;
};

/** The list's first screen as this visitor would see it on opening the app, as markup. */
export function renderLastScreen(screen: LastScreen): string {
  const page = document.createElement('div');
  const root = createRoot(page);
  flushSync(() =>
    root.render(
      <FirstScreen
        catalogue={screen.catalogue}
        papers={FIRST_SCREEN_PAPERS}
        states={screen.states}
        density={screen.density}
        switcher={
          screen.lists.length > 0 && (
            <ListSwitcher
              defaultTitle={screen.defaultTitle}
              lists={screen.lists}
              activeListId={screen.activeListId}
            />
          )
        }
      />,
    ),
  );
  const markup = pictureMarkup(page);
  root.unmount();
  return markup;
}

/** Keeps the picture for the next start, in place of the one kept before. */
export function keepLastScreen(screen: LastScreen): void {
  try {
    localStorage.setItem(LAST_SCREEN_KEY, renderLastScreen(screen));
  } catch {
    // Storage full or refused. An older picture must not stand in for this state: without one
    // the next start shows the loading screen, as before.
    try {
      localStorage.removeItem(LAST_SCREEN_KEY);
    } catch {
      // Storage refused altogether: nothing was kept, nothing is shown.
    }
  }
}
