import { useState, type DragEvent } from 'react';
import { useChairStore } from '../../store/chair-store';
import { useT } from '../../i18n/useT';
import { SCORE_FILE_MAX_BYTES } from '../../../src-shared/exchange/constants';
import { ViewHeading } from './ViewHeading';
import { ImportReport } from './ImportReport';
import { PendingChoices } from './PendingChoices';
import { JurorProgressTable } from './JurorProgressTable';

/** Import score files (drop, files or folder), the report, choices and juror progress. */
export function ImportView(): React.JSX.Element {
  const t = useT();
  const importing = useChairStore((s) => s.importing);
  const importDropped = useChairStore((s) => s.importDropped);
  const importPicked = useChairStore((s) => s.importPicked);
  const problems = useChairStore((s) => s.problems);
  const [over, setOver] = useState(false);

  function onDrop(e: DragEvent<HTMLDivElement>): void {
    e.preventDefault();
    setOver(false);
    const files = [...e.dataTransfer.files];
    if (files.length > 0) void importDropped(files);
  }

  return (
    <section>
      <ViewHeading>{t('chair.import.title')}</ViewHeading>
      <p className="lead">{t('chair.import.intro')}</p>
      <div
        className="chair-drop"
        role="region"
        aria-label={t('chair.import.dropZone')}
        data-over={over}
        data-testid="chair-drop"
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p className="chair-drop-title">{t('chair.import.drop')}</p>
        <p className="muted">
          {t('chair.import.dropHint', { size: Math.round(SCORE_FILE_MAX_BYTES / (1024 * 1024)) })}
        </p>
        <div className="chair-actions" style={{ justifyContent: 'center' }}>
          <button
            type="button"
            className="primary"
            disabled={importing}
            onClick={() => void importPicked('files')}
          >
            {t('chair.import.files')}
          </button>
          <button type="button" disabled={importing} onClick={() => void importPicked('folder')}>
            {t('chair.import.folder')}
          </button>
        </div>
      </div>
      <div role="status">{importing && <p>{t('chair.import.working')}</p>}</div>
      {problems.length > 0 && (
        <div className="notice notice-warning">
          <p>
            {t('chair.import.storedProblems', {
              files: problems.map((p) => p.fileName).join(', '),
            })}
          </p>
        </div>
      )}
      <ImportReport />
      <PendingChoices />
      <JurorProgressTable />
    </section>
  );
}
