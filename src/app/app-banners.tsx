import { BackupReminder } from './backup-reminder';
import { DatabaseBanner } from './database-banner';
import { Toasts } from './toasts';
import { UpdateBanner } from './update-banner';

type AppBannersProps = {
  /**
   * Where these notices are: the page, the page under the open paper dialog (which then holds
   * the notices that ask for action now), or that dialog.
   */
  place: 'page' | 'page-under-dialog' | 'dialog';
};

/** App-wide notices: in the page, and inside the paper dialog while it is open. */
export function AppBanners({ place }: AppBannersProps) {
  return (
    // A landmark of its own: a notice (the backup reminder) is never outside every landmark.
    <div className="app-banners" role="region" aria-label="Notices">
      {place !== 'page-under-dialog' && (
        <>
          <UpdateBanner />
          <DatabaseBanner />
        </>
      )}
      {/* The reminder belongs to the page: kept there under the dialog, the page does not move
          when a paper opens, and the dialog's content starts at its top. */}
      {place !== 'dialog' && <BackupReminder />}
      {place !== 'page-under-dialog' && <Toasts />}
    </div>
  );
}
