import { useStore } from '../../store/app-store';
import { useT } from '../../i18n/useT';

/**
 * Problems with the stored data itself: records that did not open (skipped
 * so that the rest of the vault stays usable, and left as stored), or a
 * message from a restore that did not finish.
 */
export function StorageNotice(): React.JSX.Element | null {
  const t = useT();
  const count = useStore((s) => s.damagedRecordIds.length);
  const notice = useStore((s) => s.storageNotice);
  const clearDamaged = useStore((s) => s.clearDamaged);
  if (count === 0 && notice === null) return null;
  return (
    <div className="notice notice-error" role="alert">
      {notice !== null && <p>{t(notice)}</p>}
      {count > 0 && (
        <p>{count === 1 ? t('records.damaged.one') : t('records.damaged.many', { count })}</p>
      )}
      <button type="button" onClick={clearDamaged}>
        {t('common.close')}
      </button>
    </div>
  );
}
