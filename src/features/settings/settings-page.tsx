import './settings.css';
import { AppearanceSection } from './appearance-section';
import { BackupSection } from './backup-section';
import { ListsSection } from './lists-section';
import { StorageSection } from './storage-section';

export function SettingsPage({ defaultListTitle }: { defaultListTitle: string }) {
  return (
    <main className="page" id="main" tabIndex={-1}>
      <h2 className="page__title">Settings</h2>
      <BackupSection />
      <ListsSection defaultTitle={defaultListTitle} />
      <StorageSection />
      <AppearanceSection />
    </main>
  );
}
