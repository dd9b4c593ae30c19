import { useId } from 'react';
import { useT } from '../../../i18n/useT';
import { useOrganiserStore } from '../../../store/organiser-store';
import { LIMITS } from '../../../../src-shared/domain/round';
import { nextPhaseId } from '../../../../src-shared/organiser';
import type { PhaseDraft, RoundDraft, RoundIssue } from '../../../../src-shared/organiser';
import { TextField } from '../../TextField';
import { useIssueText } from './useIssueText';

/** The round's phases: a name each, and whether jurors read anonymised copies. */
export function PhasesEditor({
  draft,
  issues,
}: {
  draft: RoundDraft;
  issues: readonly RoundIssue[];
}): React.JSX.Element {
  const t = useT();
  const id = useId();
  const updateDraft = useOrganiserStore((s) => s.updateDraft);
  const text = useIssueText(draft);
  const setPhase = (index: number, patch: Partial<PhaseDraft>) =>
    updateDraft((d) => ({
      ...d,
      phases: d.phases.map((p, i) => (i === index ? { ...p, ...patch } : p)),
    }));
  return (
    <section aria-labelledby={`${id}-h`} className="organiser-section">
      <h3 id={`${id}-h`}>{t('organiser.phases.title')}</h3>
      <p className="muted">{t('organiser.phases.intro')}</p>
      <ol className="organiser-phases">
        {draft.phases.map((phase, index) => {
          const label = phase.name.trim() || t('organiser.phases.unnamed', { n: index + 1 });
          const issue = issues.find((i) => i.phaseIndex === index);
          return (
            <li key={phase.id} className="organiser-phase">
              <TextField
                label={t('organiser.phases.name', { n: index + 1 })}
                value={phase.name}
                maxLength={200}
                error={issue ? text(issue) : undefined}
                onChange={(e) => setPhase(index, { name: e.target.value })}
              />
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={phase.anonymised}
                  onChange={(e) => setPhase(index, { anonymised: e.target.checked })}
                />
                {t('organiser.phases.anonymised')}
              </label>
              <button
                type="button"
                disabled={draft.phases.length <= 1}
                onClick={() =>
                  updateDraft((d) => ({ ...d, phases: d.phases.filter((_, i) => i !== index) }))
                }
              >
                {t('organiser.phases.remove')}
                <span className="visually-hidden"> {label}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        disabled={draft.phases.length >= LIMITS.phases}
        onClick={() =>
          updateDraft((d) => ({
            ...d,
            phases: [...d.phases, { id: nextPhaseId(d.phases), name: '', anonymised: false }],
          }))
        }
      >
        {t('organiser.phases.add')}
      </button>
    </section>
  );
}
