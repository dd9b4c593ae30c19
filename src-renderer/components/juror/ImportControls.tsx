import { useState, type DragEvent } from 'react';
import { useT } from '../../i18n/useT';
import { useJurorStore } from '../../store/juror-store';
import { PACKAGE_MAX_BYTES } from '../../../src-shared/exchange';
import { toBase64Url } from '../../ipc/base64url';

/**
 * Import a jury package: a button that asks main to open the file dialog, and
 * a drop area for the mouse. A dropped file is size-checked here and sent to
 * main as bytes; main verifies it like any other.
 */
export function ImportControls({ primary = false }: { primary?: boolean }): React.JSX.Element {
  const t = useT();
  const busy = useJurorStore((s) => s.importBusy);
  const importPackage = useJurorStore((s) => s.importPackage);
  const refuse = useJurorStore((s) => s.refuseImport);
  const [over, setOver] = useState(false);

  async function onDrop(e: DragEvent<HTMLDivElement>): Promise<void> {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file === undefined) return;
    if (file.size > PACKAGE_MAX_BYTES) {
      refuse('TOO_LARGE');
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes.byteLength === 0) {
      refuse('MALFORMED');
      return;
    }
    await importPackage({ kind: 'bytes', data: toBase64Url(bytes) });
  }

  return (
    <div
      className={`drop-zone${over ? ' drop-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => void onDrop(e)}
    >
      <button
        type="button"
        className={primary ? 'primary' : undefined}
        disabled={busy}
        onClick={() => void importPackage({ kind: 'dialog' })}
      >
        {t(primary ? 'juror.import.button' : 'juror.import.newer')}
      </button>
      <span className="muted">{t('juror.import.drop')}</span>
      {busy && (
        <span role="status" className="muted">
          {t('juror.import.busy')}
        </span>
      )}
    </div>
  );
}

/** The outcome of the last import, in plain words. */
export function ImportNoticeView(): React.JSX.Element | null {
  const t = useT();
  const notice = useJurorStore((s) => s.importNotice);
  if (notice === null) return null;
  switch (notice.kind) {
    case 'refused':
      return (
        <div className="notice notice-error" role="alert">
          <strong>{t('juror.import.refused.title')}</strong>
          <p>{t(`juror.refusal.${notice.reason}`)}</p>
          <p>{t('juror.import.unchanged')}</p>
        </div>
      );
    case 'already':
      return (
        <p className="saved-status" role="status">
          {t('juror.import.already')}
        </p>
      );
    case 'imported':
      return (
        <p className="saved-status" role="status">
          {t('juror.import.imported', {
            round: notice.roundName,
            phase: notice.phaseName,
            applications: notice.applications,
            roster: notice.rosterVersion,
          })}
        </p>
      );
  }
}
