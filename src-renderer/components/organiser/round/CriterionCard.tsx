import { useId } from 'react';
import { useT } from '../../../i18n/useT';
import type { CriterionDraft, RoundDraft, RoundIssue } from '../../../../src-shared/organiser';
import { TextField } from '../../TextField';
import { ConfirmButton } from '../ConfirmButton';
import { NumberField } from './NumberField';
import { ScaleEditor } from './ScaleEditor';
import { useIssueText } from './useIssueText';

type Props = {
  criterion: CriterionDraft;
  index: number;
  count: number;
  label: string;
  total: number;
  issues: readonly RoundIssue[];
  draft: RoundDraft;
  expanded: boolean;
  onToggle: () => void;
  onMove: (dir: 'up' | 'down') => void;
  onChange: (edit: (c: CriterionDraft) => CriterionDraft) => void;
  onRemove: () => void;
  onDragStart: (e: React.DragEvent) => void;
  onDragEnd: () => void;
};

/** One criterion: key, name and weight at a glance; guidance and scale when opened. */
export function CriterionCard(props: Props): React.JSX.Element {
  const { criterion: c, index, count, label, total, issues, expanded } = props;
  const t = useT();
  const id = useId();
  const text = useIssueText(props.draft);
  const errorFor = (...codes: RoundIssue['code'][]) => {
    const issue = issues.find((i) => codes.includes(i.code));
    return issue ? text(issue) : undefined;
  };
  const share = total > 0 ? Math.round((c.weight / total) * 100) : 0;
  const scaleIssues = issues.filter(
    (i) => i.code === 'SCALE_RANGE' || i.code === 'ANCHOR_LABEL_MISSING',
  );
  return (
    <article className="card organiser-criterion-card" aria-labelledby={`${id}-h`}>
      <div className="organiser-criterion-head">
        <span
          className="drag-handle"
          draggable
          aria-hidden="true"
          title={t('organiser.criteria.dragHint')}
          onDragStart={props.onDragStart}
          onDragEnd={props.onDragEnd}
        >
          ⠿
        </span>
        <h4 id={`${id}-h`}>
          {index + 1}. {c.key.trim() || '–'} · {label}
        </h4>
        <span className="muted">{t('organiser.criteria.share', { weight: c.weight, share })}</span>
        <div className="organiser-actions">
          <button
            type="button"
            data-move="up"
            disabled={index === 0}
            onClick={() => props.onMove('up')}
          >
            {t('organiser.criteria.up')}
            <span className="visually-hidden"> {label}</span>
          </button>
          <button
            type="button"
            data-move="down"
            disabled={index === count - 1}
            onClick={() => props.onMove('down')}
          >
            {t('organiser.criteria.down')}
            <span className="visually-hidden"> {label}</span>
          </button>
          <button
            type="button"
            aria-expanded={expanded}
            aria-controls={`${id}-more`}
            onClick={props.onToggle}
          >
            {expanded ? t('organiser.criteria.collapse') : t('organiser.criteria.expand')}
            <span className="visually-hidden"> {label}</span>
          </button>
          <ConfirmButton
            label={
              <>
                {t('organiser.criteria.remove')}
                <span className="visually-hidden"> {label}</span>
              </>
            }
            question={t('organiser.criteria.removeQuestion', { name: label })}
            onConfirm={props.onRemove}
          />
        </div>
      </div>
      <div className="organiser-criterion-fields">
        <TextField
          label={t('organiser.criteria.key')}
          value={c.key}
          maxLength={8}
          className="short-input"
          error={errorFor('CRITERION_KEY_INVALID', 'DUPLICATE_CRITERION_KEY')}
          onChange={(e) => props.onChange((x) => ({ ...x, key: e.target.value.toUpperCase() }))}
        />
        <TextField
          label={t('organiser.criteria.name')}
          value={c.name}
          maxLength={200}
          error={errorFor('CRITERION_NAME_MISSING', 'DUPLICATE_CRITERION_NAME')}
          onChange={(e) => props.onChange((x) => ({ ...x, name: e.target.value }))}
        />
        <NumberField
          label={t('organiser.criteria.weight')}
          value={c.weight}
          min={0}
          max={1000}
          invalidText={t('organiser.criteria.weightInvalid')}
          onChange={(weight) => props.onChange((x) => ({ ...x, weight }))}
        />
      </div>
      {!expanded && scaleIssues.length > 0 && (
        <p className="field-error">
          {t('organiser.criteria.scaleHasIssues', { count: scaleIssues.length })}
        </p>
      )}
      <div id={`${id}-more`} hidden={!expanded}>
        {expanded && (
          <>
            <div className="field">
              <label htmlFor={`${id}-guidance`}>{t('organiser.criteria.guidance')}</label>
              <p id={`${id}-guidance-hint`} className="field-hint">
                {t('organiser.criteria.guidanceHint')}
              </p>
              <textarea
                id={`${id}-guidance`}
                aria-describedby={`${id}-guidance-hint`}
                rows={4}
                maxLength={10_000}
                value={c.guidance}
                onChange={(e) => props.onChange((x) => ({ ...x, guidance: e.target.value }))}
              />
            </div>
            <ScaleEditor
              scale={c.scale}
              label={label}
              issues={scaleIssues}
              draft={props.draft}
              onChange={(scale) => props.onChange((x) => ({ ...x, scale }))}
            />
          </>
        )}
      </div>
    </article>
  );
}
