import { useId, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useT } from '../../i18n/useT';
import { CANNOT_ASSESS, criterionKeyAction } from '../../../src-shared/juror';
import type { Criterion } from '../../../src-shared/domain/round';
import type { ScoreCellValue } from '../../../src-shared/exchange';

export type CriterionHandle = { focus: () => void };

function valuesOf(criterion: Criterion): number[] {
  const { min, max } = criterion.scale;
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

/**
 * One criterion: its name, weight and guidance, then a native radio group
 * (so screen readers announce "3 Påbörjad, 3 of 6") with one option per
 * scale step and "Ej bedömbar", the chosen anchor's description, and an
 * optional comment. Digits, E, Delete, N and P act while the group has focus.
 */
export function CriterionField({
  ref,
  ...props
}: {
  name: string;
  criterion: Criterion;
  value: ScoreCellValue;
  comment: string;
  disabled: boolean;
  onValue: (value: ScoreCellValue) => void;
  onComment: (comment: string) => void;
  onNext: () => void;
  onPrevious: () => void;
  ref?: Ref<CriterionHandle>;
}): React.JSX.Element {
  const t = useT();
  const id = useId();
  const { criterion, value, disabled } = props;
  const group = useRef<HTMLFieldSetElement>(null);
  const [commentOpen, setCommentOpen] = useState(props.comment !== '');

  const focusValue = (v: ScoreCellValue): void => {
    const inputs = [
      ...(group.current?.querySelectorAll<HTMLInputElement>('input[type=radio]') ?? []),
    ];
    const target =
      inputs.find((i) => i.value === String(v)) ?? inputs.find((i) => i.checked) ?? inputs[0];
    target?.focus();
  };
  useImperativeHandle(ref, () => ({ focus: () => focusValue(null) }), []);

  function onKeyDown(e: KeyboardEvent<HTMLFieldSetElement>): void {
    if (!(e.target instanceof HTMLInputElement) || e.target.type !== 'radio') return;
    const action = criterionKeyAction(e.key, criterion.scale, {
      ctrl: e.ctrlKey,
      alt: e.altKey,
      meta: e.metaKey,
    });
    if (action === null) return;
    e.preventDefault();
    switch (action.kind) {
      case 'set':
        props.onValue(action.value);
        focusValue(action.value);
        return;
      case 'cannot-assess':
        props.onValue(CANNOT_ASSESS);
        focusValue(CANNOT_ASSESS);
        return;
      case 'clear':
        props.onValue(null);
        return;
      case 'next':
        props.onNext();
        return;
      case 'previous':
        props.onPrevious();
        return;
    }
  }

  const anchors = new Map(criterion.scale.anchors.map((a) => [a.value, a]));
  const chosen =
    value === null
      ? t('juror.scoring.notAnswered')
      : value === CANNOT_ASSESS
        ? `${t('juror.scoring.cannotAssess')}: ${t('juror.scoring.cannotAssessHelp')}`
        : [String(value), anchors.get(value)?.label ?? '', anchors.get(value)?.description ?? '']
            .filter((part) => part !== '')
            .join(' – ');

  return (
    <fieldset
      ref={group}
      className={`criterion${value === null ? '' : ' answered'}`}
      data-criterion={criterion.key}
      disabled={disabled}
      aria-describedby={`${id}-guide`}
      onKeyDown={onKeyDown}
    >
      <legend>
        <span className="criterion-name">{criterion.name}</span>{' '}
        <span className="criterion-weight">
          {t('juror.scoring.weight', { weight: criterion.weight })}
        </span>
      </legend>
      <p id={`${id}-guide`} className="guidance">
        {criterion.guidance}
      </p>
      <div className="scale-options">
        {valuesOf(criterion).map((v) => {
          const anchor = anchors.get(v);
          return (
            <label key={v} className="scale-option">
              <input
                type="radio"
                name={props.name}
                value={String(v)}
                checked={value === v}
                aria-describedby={anchor ? `${id}-a${v}` : undefined}
                onChange={() => props.onValue(v)}
              />
              <span className="scale-value">{v}</span>
              {anchor && <span className="scale-label">{anchor.label}</span>}
              {anchor && (
                <span id={`${id}-a${v}`} className="visually-hidden">
                  {anchor.description}
                </span>
              )}
            </label>
          );
        })}
        {criterion.scale.allowCannotAssess && (
          <label className="scale-option cannot-assess">
            <input
              type="radio"
              name={props.name}
              value={CANNOT_ASSESS}
              checked={value === CANNOT_ASSESS}
              onChange={() => props.onValue(CANNOT_ASSESS)}
            />
            <span className="scale-label">{t('juror.scoring.cannotAssess')}</span>
          </label>
        )}
      </div>
      <p className="anchor-description">{chosen}</p>
      <div className="criterion-tools">
        {value !== null && (
          <button type="button" className="link-button" onClick={() => props.onValue(null)}>
            {t('juror.scoring.clear')}
            <span className="visually-hidden"> {criterion.name}</span>
          </button>
        )}
        <button
          type="button"
          className="link-button"
          aria-expanded={commentOpen || props.comment !== ''}
          aria-controls={`${id}-comment-box`}
          onClick={() => setCommentOpen((o) => !o || props.comment !== '')}
        >
          {t('juror.scoring.addComment')}
          <span className="visually-hidden"> {criterion.name}</span>
        </button>
      </div>
      <div id={`${id}-comment-box`} hidden={!(commentOpen || props.comment !== '')}>
        <label htmlFor={`${id}-comment`} className="visually-hidden">
          {t('juror.scoring.comment', { criterion: criterion.name })}
        </label>
        <textarea
          id={`${id}-comment`}
          rows={3}
          value={props.comment}
          onChange={(e) => props.onComment(e.target.value)}
        />
      </div>
    </fieldset>
  );
}
