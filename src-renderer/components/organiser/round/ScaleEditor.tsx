import { useId } from 'react';
import { useT } from '../../../i18n/useT';
import { resizeScale, SCALE_BOUNDS } from '../../../../src-shared/organiser';
import type { RoundDraft, RoundIssue, ScaleDraft } from '../../../../src-shared/organiser';
import { useIssueText } from './useIssueText';

const LEVELS = Array.from(
  { length: SCALE_BOUNDS.max - SCALE_BOUNDS.min + 1 },
  (_, i) => SCALE_BOUNDS.min + i,
);

/** A criterion's scale: its bounds, a written anchor per level, and "cannot assess". */
export function ScaleEditor({
  scale,
  label,
  issues,
  draft,
  onChange,
}: {
  scale: ScaleDraft;
  label: string;
  issues: readonly RoundIssue[];
  draft: RoundDraft;
  onChange: (scale: ScaleDraft) => void;
}): React.JSX.Element {
  const t = useT();
  const id = useId();
  const text = useIssueText(draft);
  const range = issues.find((i) => i.code === 'SCALE_RANGE');
  const setAnchor = (value: number, patch: { label?: string; description?: string }) =>
    onChange({
      ...scale,
      anchors: scale.anchors.map((a) => (a.value === value ? { ...a, ...patch } : a)),
    });
  return (
    <fieldset className="organiser-scale">
      <legend>{t('organiser.scale.legend', { name: label })}</legend>
      <div className="inline-form">
        {(['min', 'max'] as const).map((bound) => (
          <div key={bound} className="field">
            <label htmlFor={`${id}-${bound}`}>{t(`organiser.scale.${bound}`)}</label>
            <select
              id={`${id}-${bound}`}
              value={scale[bound]}
              aria-describedby={range ? `${id}-range` : undefined}
              onChange={(e) => {
                const v = Number(e.target.value);
                onChange(
                  bound === 'min'
                    ? resizeScale(scale, v, scale.max)
                    : resizeScale(scale, scale.min, v),
                );
              }}
            >
              {LEVELS.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {range && (
        <p id={`${id}-range`} className="field-error">
          {text(range)}
        </p>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={scale.allowCannotAssess}
          onChange={(e) => onChange({ ...scale, allowCannotAssess: e.target.checked })}
        />
        {t('organiser.scale.cannotAssess')}
      </label>
      <ol className="organiser-anchors">
        {scale.anchors
          .filter((a) => a.value >= scale.min && a.value <= scale.max)
          .map((a) => {
            const missing = issues.find(
              (i) => i.code === 'ANCHOR_LABEL_MISSING' && i.level === a.value,
            );
            return (
              <li key={a.value} className="organiser-anchor">
                <div className="text-field">
                  <label htmlFor={`${id}-a${a.value}`}>
                    {t('organiser.scale.anchorLabel', { level: a.value })}
                  </label>
                  <input
                    id={`${id}-a${a.value}`}
                    value={a.label}
                    maxLength={200}
                    aria-invalid={missing ? true : undefined}
                    aria-describedby={missing ? `${id}-a${a.value}-e` : undefined}
                    onChange={(e) => setAnchor(a.value, { label: e.target.value })}
                  />
                  {missing && (
                    <p id={`${id}-a${a.value}-e`} className="field-error">
                      {text(missing)}
                    </p>
                  )}
                </div>
                <div className="text-field wide">
                  <label htmlFor={`${id}-d${a.value}`}>
                    {t('organiser.scale.anchorDescription', { level: a.value })}
                  </label>
                  <textarea
                    id={`${id}-d${a.value}`}
                    rows={2}
                    maxLength={2_000}
                    value={a.description}
                    onChange={(e) => setAnchor(a.value, { description: e.target.value })}
                  />
                </div>
              </li>
            );
          })}
      </ol>
    </fieldset>
  );
}
