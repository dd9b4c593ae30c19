import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { useJurorStore } from '../../store/juror-store';
import { useJurorPhase } from './useJurorPhase';
import { appLabel } from './labels';
import { ReadingPane } from './ReadingPane';
import { ScoringPanel } from './ScoringPanel';
import './juror-app.css';

/**
 * One application: the text on the left, at a comfortable reading width,
 * and the criteria with their guidance, scale anchors and the scoring
 * controls beside it. On narrow windows and at high zoom they stack.
 */
export function ApplicationView({
  applicationId,
}: {
  applicationId: string;
}): React.JSX.Element | null {
  const t = useT();
  const data = useJurorPhase();
  const open = useJurorStore((s) => s.openApplication);
  const showList = useJurorStore((s) => s.showList);
  const heading = useRef<HTMLHeadingElement>(null);
  const scoring = useRef<{ focusFirst: () => void }>(null);

  useEffect(() => {
    heading.current?.focus();
    window.scrollTo({ top: 0 });
  }, [applicationId]);

  if (data === undefined) return null;
  const { applications } = data;
  const index = applications.findIndex((a) => a.id === applicationId);
  const app = applications[index];
  if (app === undefined) return null;
  const previous = applications[index - 1];
  const next = applications[index + 1];

  return (
    <article className="juror-app" aria-labelledby="juror-app-h">
      <nav className="app-nav" aria-label={t('juror.app.nav')}>
        <button type="button" className="link-button" onClick={showList}>
          {t('juror.app.back')}
        </button>
        <span className="muted">
          {t('juror.app.position', { index: index + 1, total: applications.length })}
        </span>
        <span className="app-nav-steps">
          {previous && (
            <button type="button" onClick={() => open(previous.id)}>
              {t('juror.app.previous')}
            </button>
          )}
          {next && (
            <button type="button" onClick={() => open(next.id)}>
              {t('juror.app.next')}
            </button>
          )}
        </span>
      </nav>
      <h2 id="juror-app-h" ref={heading} tabIndex={-1} className="app-title">
        {appLabel(t, app)}
        {app.anonymised && <span className="badge">{t('juror.app.anonymised')}</span>}
      </h2>
      <button type="button" className="link-button" onClick={() => scoring.current?.focusFirst()}>
        {t('juror.app.toScoring')}
      </button>
      <div className="app-layout">
        <ReadingPane app={app} />
        <ScoringPanel
          ref={scoring}
          app={app}
          nextId={next?.id ?? null}
          onNext={() => (next ? open(next.id) : showList())}
        />
      </div>
    </article>
  );
}
