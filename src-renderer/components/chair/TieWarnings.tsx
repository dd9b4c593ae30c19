import { useChairStore } from '../../store/chair-store';
import { useT } from '../../i18n/useT';
import { stepMessage } from './format';

/** A warning for every tie touching the winner or the finalist cut, also when a rule broke it. */
export function TieWarnings(): React.JSX.Element {
  const t = useT();
  const model = useChairStore((s) => s.model);
  const ties = model?.consolidation.table?.ties ?? [];
  const label = (id: string): string => model?.labels.get(id) ?? id;
  return (
    <div role="status" className="chair-tie-warnings" data-testid="tie-warnings">
      {ties.map((w, i) => {
        const step = w.decidedBy === null ? null : stepMessage(w.decidedBy);
        const byVote = step?.key === 'chair.tie.step.vote';
        return (
          <div key={`${w.where}-${i}`} className="notice notice-warning">
            <p>
              {t(w.where === 'winner' ? 'chair.tie.warnWinner' : 'chair.tie.warnCut', {
                applications: w.applications.map(label).join(', '),
              })}
            </p>
            <p>
              {step === null
                ? t('chair.tie.unresolved')
                : byVote
                  ? t('chair.tie.byVote')
                  : t('chair.tie.resolved', { step: t(step.key, step.params) })}
            </p>
          </div>
        );
      })}
    </div>
  );
}
