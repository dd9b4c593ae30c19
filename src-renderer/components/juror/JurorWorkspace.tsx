import { useEffect } from 'react';
import { useT } from '../../i18n/useT';
import { useJurorStore } from '../../store/juror-store';
import { DEMO_ROUND_ID } from '../../../src-shared/demo/demo-round';
import { OrganiserConfirm } from './OrganiserConfirm';
import { ImportControls, ImportNoticeView } from './ImportControls';
import { ListScreen } from './ListScreen';
import { ApplicationView } from './ApplicationView';
import './juror.css';

/** The juror's work on one round: import, read, score, export. */
export function JurorWorkspace({ roundId }: { roundId: string }): React.JSX.Element {
  const t = useT();
  const status = useJurorStore((s) => s.status);
  const loadedRound = useJurorStore((s) => s.roundId);
  const pending = useJurorStore((s) => s.pending);
  const hasPackage = useJurorStore((s) => s.phases.length > 0);
  const view = useJurorStore((s) => s.view);
  const loadProblem = useJurorStore((s) => s.loadProblem);
  const importBusy = useJurorStore((s) => s.importBusy);
  const tryDemo = useJurorStore((s) => s.tryDemoPackage);

  useEffect(() => {
    const s = useJurorStore.getState();
    if (s.roundId !== roundId || s.status === 'idle') void s.load(roundId);
  }, [roundId]);
  // Leaving the workspace drops the round's plaintext from memory.
  useEffect(() => () => useJurorStore.getState().reset(), []);

  let body: React.JSX.Element;
  if (status !== 'ready' || loadedRound !== roundId) {
    body = <p role="status">{t('juror.loading')}</p>;
  } else if (pending !== null) {
    body = <OrganiserConfirm opened={pending} />;
  } else if (!hasPackage) {
    body = (
      <section className="card juror-start" aria-labelledby="juror-import-h">
        <h2 id="juror-import-h">{t('juror.import.title')}</h2>
        <p className="reading-width">{t('juror.import.intro')}</p>
        {loadProblem !== null && (
          <p className="notice notice-error" role="alert">
            {t('juror.loadProblem')}
          </p>
        )}
        <ImportControls primary />
        {roundId === DEMO_ROUND_ID && (
          <div className="demo-offer">
            <p id="juror-demo-help" className="muted reading-width">
              {t('juror.import.demoHelp')}
            </p>
            <button
              type="button"
              aria-describedby="juror-demo-help"
              disabled={importBusy}
              onClick={() => void tryDemo()}
            >
              {t('juror.import.demo')}
            </button>
          </div>
        )}
        <ImportNoticeView />
      </section>
    );
  } else if (view.kind === 'application') {
    body = <ApplicationView applicationId={view.applicationId} />;
  } else {
    body = <ListScreen />;
  }
  return (
    <section aria-label={t('juror.title')} data-round={roundId} className="role-workspace juror">
      {body}
    </section>
  );
}
