import { BackupReminder } from './backup-reminder';
import { DatabaseBanner } from './database-banner';
import { Toasts } from './toasts';
import { UpdateBanner } from './update-banner';

/** App-wide notices: rendered in the page, or inside the paper dialog while it is open. */
export function AppBanners() {
  return (
    <div className="app-banners">
      <UpdateBanner />
      <DatabaseBanner />
      <BackupReminder />
      <Toasts />
    </div>
  );
}
