import type { ReactNode } from 'react';
import './settings.css';
import { AppearanceSection } from './appearance-section';
import { BackupSection } from './backup-section';
import { ListsSection } from './lists-section';
import { StorageSection } from './storage-section';

type SettingsPageProps = {
  defaultListTitle: string;
  sync: ReactNode;
  /** My papers and Import BibTeX (a feature of its own). */
  myPapers: ReactNode;
};

export function SettingsPage({ defaultListTitle, sync, myPapers }: SettingsPageProps) {
  return (
    <main className="page" id="main" tabIndex={-1}>
      <h2 className="page__title">Settings</h2>
      <BackupSection />
      {sync}
      <ListsSection defaultTitle={defaultListTitle} />
      {myPapers}
      <StorageSection />
      <AppearanceSection />
    </main>
  );
}
