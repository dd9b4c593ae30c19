import { useImperativeHandle, useRef, type Ref } from 'react';
import { useT } from '../../i18n/useT';
import { useJurorStore } from '../../store/juror-store';
import { cellOf } from '../../../src-shared/juror';
import type { JurorApplication } from '../../../src-shared/juror';
import { useJurorPhase } from './useJurorPhase';
import { CriterionField } from './CriterionField';
import type { CriterionHandle } from './CriterionField';
import { DonePanel } from './DonePanel';
import type { DoneHandle } from './DonePanel';
import { ConflictPanel } from './ConflictPanel';
import { ShortcutsHelp } from './ShortcutsHelp';

/** The criteria beside the text: a radio group per criterion, comments, done and conflict. */
export function ScoringPanel({
  ref,
  ...props
}: {
  app: JurorApplication;
  nextId: string | null;
  onNext: () => void;
  ref?: Ref<{ focusFirst: () => void }>;
}): React.JSX.Element | null {
  const t = useT();
  const data = useJurorPhase();
  const setCell = useJurorStore((s) => s.setCell);
  const setOverall = useJurorStore((s) => s.setOverallComment);
  const fields = useRef<(CriterionHandle | null)[]>([]);
  const done = useRef<DoneHandle>(null);
  const { app } = props;

  useImperativeHandle(ref, () => ({ focusFirst: () => fields.current[0]?.focus() }), []);

  if (data === undefined) return null;
  const criteria = data.payload.round.criteria;
  const state = data.scores.get(app.id);
  const locked = state?.conflict != null;

  return (
    <section className="scoring" aria-labelledby="juror-scoring-h">
      <h3 id="juror-scoring-h">{t('juror.scoring.title')}</h3>
      {locked ? (
        <p className="notice notice-warning">{t('juror.scoring.locked')}</p>
      ) : (
        <p className="muted">{t('juror.scoring.intro')}</p>
      )}
      {criteria.map((c, i) => {
        const cell = cellOf(state, c.key);
        return (
          <CriterionField
            key={`${app.id}/${c.key}`}
            ref={(h) => {
              fields.current[i] = h;
            }}
            name={`score-${app.id}-${c.key}`}
            criterion={c}
            value={cell.value}
            comment={cell.comment}
            disabled={locked}
            onValue={(value) => setCell(app.id, c.key, { value })}
            onComment={(comment) => setCell(app.id, c.key, { comment })}
            onNext={() =>
              i + 1 < criteria.length ? fields.current[i + 1]?.focus() : done.current?.focus()
            }
            onPrevious={() => fields.current[Math.max(0, i - 1)]?.focus()}
          />
        );
      })}
      {!locked && (
        <div className="text-field overall-comment">
          <label htmlFor={`overall-${app.id}`}>{t('juror.scoring.overall')}</label>
          <textarea
            id={`overall-${app.id}`}
            rows={4}
            value={state?.overallComment ?? ''}
            onChange={(e) => setOverall(app.id, e.target.value)}
          />
        </div>
      )}
      <DonePanel ref={done} app={app} nextId={props.nextId} onNext={props.onNext} />
      <ConflictPanel app={app} />
      <ShortcutsHelp />
    </section>
  );
}
