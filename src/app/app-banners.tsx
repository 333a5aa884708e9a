import { BackupReminder } from './backup-reminder';
import { DatabaseBanner } from './database-banner';
import { Toasts } from './toasts';
import { UpdateBanner } from './update-banner';

/** App-wide notices: rendered in the page, or inside the paper dialog while it is open. */
export function AppBanners() {
  return (
    // A landmark of its own: a notice (the backup reminder) is never outside every landmark.
    <div className="app-banners" role="region" aria-label="Notices">
      <UpdateBanner />
      <DatabaseBanner />
      <BackupReminder />
      <Toasts />
    </div>
  );
}
