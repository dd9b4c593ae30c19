import { useEffect } from 'react';
import { useChairStore, type ChairView } from '../../store/chair-store';
import { useT } from '../../i18n/useT';
import { assertNever } from '../../../src-shared/assert';
import { PackagePanel } from './PackagePanel';
import { ChairNav } from './ChairNav';
import { ImportView } from './ImportView';
import { TableView } from './TableView';
import { ChecksView } from './ChecksView';
import { ApplicationView } from './ApplicationView';
import { DeliberationView } from './DeliberationView';
import { ExportView } from './ExportView';
import './chair.css';

/** The chair's work on one round: package, score files, table, checks, deliberation, result. */
export function ChairWorkspace({ roundId }: { roundId: string }): React.JSX.Element {
  const t = useT();
  const status = useChairStore((s) => s.status);
  const view = useChairStore((s) => s.view);
  const ready = useChairStore((s) => s.status === 'ready' && s.model !== null);
  const computing = useChairStore((s) => s.status === 'ready' && s.computing);
  const failed = useChairStore((s) => s.status === 'ready' && s.computeFailed);
  const load = useChairStore((s) => s.load);

  useEffect(() => {
    void load(roundId);
  }, [roundId, load]);

  return (
    <section
      aria-label={t('chair.title')}
      data-round={roundId}
      className="role-workspace chair-workspace"
    >
      {status === 'loading' || status === 'idle' ? (
        <p role="status">{t('chair.loading')}</p>
      ) : (
        <PackagePanel />
      )}
      {/* Always in the page, so a screen reader hears when a computation starts and ends. */}
      <p role="status" className="muted chair-computing" data-testid="chair-computing">
        {computing ? t('chair.computing') : ''}
      </p>
      {failed && (
        <p role="alert" className="notice notice-error">
          {t('chair.computeFailed')}
        </p>
      )}
      {ready && (
        <>
          <ChairNav />
          <div className="chair-view" key={view}>
            {renderView(view)}
          </div>
        </>
      )}
    </section>
  );
}

function renderView(view: ChairView): React.JSX.Element {
  switch (view) {
    case 'import':
      return <ImportView />;
    case 'table':
      return <TableView />;
    case 'checks':
      return <ChecksView />;
    case 'application':
      return <ApplicationView />;
    case 'deliberation':
      return <DeliberationView />;
    case 'export':
      return <ExportView />;
    default:
      return assertNever(view, 'chair view');
  }
}
