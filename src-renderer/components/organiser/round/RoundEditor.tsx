import { useId, useMemo } from 'react';
import { useT } from '../../../i18n/useT';
import { useOrganiserStore } from '../../../store/organiser-store';
import { validateRound } from '../../../../src-shared/organiser';
import { TextField } from '../../TextField';
import { StepHeading } from '../StepHeading';
import { ValidationSummary } from './ValidationSummary';
import { PhasesEditor } from './PhasesEditor';
import { CriteriaEditor } from './CriteriaEditor';
import { useIssueText } from './useIssueText';

/** The round definition: name, award, year, description, phases and criteria. Autosaved. */
export function RoundEditor(): React.JSX.Element | null {
  const t = useT();
  const id = useId();
  const draft = useOrganiserStore((s) => s.round?.draft);
  const updateDraft = useOrganiserStore((s) => s.updateDraft);
  const validation = useMemo(() => (draft ? validateRound(draft) : null), [draft]);
  const issueText = useIssueText(draft ?? emptyDraft);
  if (!draft || !validation) return null;
  const { issues } = validation;
  const first = (code: string) => issues.find((i) => i.code === code);
  const errorOf = (code: string) => {
    const issue = first(code);
    return issue ? issueText(issue) : undefined;
  };

  return (
    <section aria-labelledby={`${id}-h`} className="organiser-step-body">
      <StepHeading id={`${id}-h`}>{t('organiser.round.title')}</StepHeading>
      <p className="muted">{t('organiser.round.intro')}</p>
      <ValidationSummary issues={issues} draft={draft} />
      <div className="organiser-grid-2">
        <TextField
          data-field="name"
          label={t('organiser.round.name')}
          value={draft.name}
          maxLength={200}
          error={errorOf('ROUND_NAME_MISSING')}
          onChange={(e) => updateDraft((d) => ({ ...d, name: e.target.value }))}
        />
        <TextField
          data-field="award"
          label={t('organiser.round.award')}
          value={draft.award}
          maxLength={200}
          error={errorOf('AWARD_MISSING')}
          onChange={(e) => updateDraft((d) => ({ ...d, award: e.target.value }))}
        />
        <TextField
          data-field="year"
          label={t('organiser.round.year')}
          inputMode="numeric"
          maxLength={4}
          value={Number.isFinite(draft.year) && draft.year > 0 ? String(draft.year) : ''}
          error={errorOf('YEAR_INVALID')}
          onChange={(e) => {
            const year = Number(e.target.value.replace(/\D/g, '').slice(0, 4));
            updateDraft((d) => ({ ...d, year: Number.isFinite(year) ? year : 0 }));
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-desc`}>{t('organiser.round.description')}</label>
        <p id={`${id}-desc-hint`} className="field-hint">
          {t('organiser.round.descriptionHint')}
        </p>
        <textarea
          id={`${id}-desc`}
          aria-describedby={`${id}-desc-hint`}
          rows={4}
          maxLength={100_000}
          value={draft.description}
          onChange={(e) => updateDraft((d) => ({ ...d, description: e.target.value }))}
        />
      </div>
      <PhasesEditor draft={draft} issues={issues} />
      <CriteriaEditor draft={draft} issues={issues} />
    </section>
  );
}

const emptyDraft = {
  id: 'x',
  award: '',
  name: '',
  year: 0,
  description: '',
  phases: [],
  criteria: [],
};
