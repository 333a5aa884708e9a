import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { ProgressBar } from '../components/progress-bar';
import { listPath } from '../lib/paths';
import { useListLocationStore } from '../stores/list-location-store';
import { SaveIndicator } from './save-indicator';
import { SyncStateSlot } from './sync-state-slot';
import { ThemeToggle } from './theme-toggle';

type AppHeaderProps = {
  title: string;
  read: number;
  total: number;
  /** The choice of lists, when there is more than one: it shows the title in its place. */
  switcher?: ReactNode;
  actions?: ReactNode;
  /** The save and sync states; a picture of the page leaves them out (they are not known). */
  showStates?: boolean;
};

export function AppHeader({
  title,
  read,
  total,
  switcher,
  actions,
  showStates = true,
}: AppHeaderProps) {
  const [location] = useLocation();
  const view = ['/tags', '/stats', '/next-up', '/settings'].includes(location)
    ? location.slice(1)
    : 'papers';
  const listSearch = useListLocationStore((state) => state.search);
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Link href="/" className="app-header__brand">
        Readmark
      </Link>
      <h1 className={switcher ? 'visually-hidden' : 'app-header__title'}>{title}</h1>
      {switcher}
      <ProgressBar done={read} total={total} label="read" />
      <nav className="app-header__nav" aria-label="Views">
        <Link href={listPath(listSearch)} aria-current={view === 'papers' ? 'page' : undefined}>
          Papers
        </Link>
        <Link href="/next-up" aria-current={view === 'next-up' ? 'page' : undefined}>
          Next up
        </Link>
        <Link href="/tags" aria-current={view === 'tags' ? 'page' : undefined}>
          Tags
        </Link>
        <Link href="/stats" aria-current={view === 'stats' ? 'page' : undefined}>
          Stats
        </Link>
        <Link href="/settings" aria-current={view === 'settings' ? 'page' : undefined}>
          Settings
        </Link>
      </nav>
      <div className="app-header__actions">
        {actions}
        <ThemeToggle />
      </div>
      <div className="app-header__states">
        {showStates && (
          <>
            <SaveIndicator />
            <SyncStateSlot />
          </>
        )}
      </div>
    </header>
  );
}
