import { useT } from '../../i18n/useT';
import { useJurorStore } from '../../store/juror-store';
import { SheetPreviewView } from './SheetPreview';

/** Export the scoring sheet (XLSX or CSV) and import it back with a preview. */
export function SheetPanel(): React.JSX.Element {
  const t = useT();
  const busy = useJurorStore((s) => s.exportBusy);
  const notice = useJurorStore((s) => s.exportNotice);
  const exportSheet = useJurorStore((s) => s.exportSheet);
  const importSheet = useJurorStore((s) => s.importSheet);
  return (
    <section className="card juror-sheet" aria-labelledby="juror-sheet-h">
      <h2 id="juror-sheet-h">{t('juror.sheet.title')}</h2>
      <p className="reading-width">{t('juror.sheet.intro')}</p>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void exportSheet('xlsx')}>
          {t('juror.sheet.exportXlsx')}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportSheet('csv')}>
          {t('juror.sheet.exportCsv')}
        </button>
        <button type="button" onClick={() => void importSheet()}>
          {t('juror.sheet.import')}
        </button>
      </div>
      {notice?.kind === 'sheet-saved' && (
        <p className="saved-status" role="status">
          {t('juror.sheet.saved', { name: notice.fileName })}
        </p>
      )}
      <SheetPreviewView />
    </section>
  );
}
