import './settings.css';
import { StorageSection } from './storage-section';

export function SettingsPage() {
  return (
    <main className="page" id="main" tabIndex={-1}>
      <h2 className="page__title">Settings</h2>
      <StorageSection />
    </main>
  );
}
