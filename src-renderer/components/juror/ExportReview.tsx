import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/app-store';
import { listText } from './labels';
import type { ExportSummary } from '../../../src-shared/juror';
import type { ScoreFileStatus } from '../../../src-shared/exchange';

/** The summary before an export: done, missing, conflicts, and draft or final. */
export function ExportReview(props: {
  summary: ExportSummary;
  labelOf: (applicationId: string) => string;
  criterionName: (key: string) => string;
  revision: number;
  busy: boolean;
  onSave: (status: ScoreFileStatus) => void;
  onCancel: () => void;
}): React.JSX.Element {
  const t = useT();
  const language = useStore((s) => s.language);
  const id = useId();
  const { summary, labelOf, criterionName } = props;
  const [status, setStatus] = useState<ScoreFileStatus>(summary.complete ? 'final' : 'draft');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="export-review">
      <h3 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {t('juror.export.reviewTitle')}
      </h3>
      <h4>{t('juror.export.doneList')}</h4>
      {summary.done.length === 0 ? (
        <p>{t('juror.export.none')}</p>
      ) : (
        <p>{listText(summary.done.map(labelOf), language)}</p>
      )}
      <h4>{t('juror.export.missingList')}</h4>
      {summary.missing.length === 0 ? (
        <p>{t('juror.export.none')}</p>
      ) : (
        <ul>
          {summary.missing.map((m) => (
            <li key={m.applicationId}>
              {m.criteria.length > 0
                ? t('juror.export.missingItem', {
                    name: labelOf(m.applicationId),
                    criteria: listText(m.criteria.map(criterionName), language),
                  })
                : t('juror.export.missingNone', { name: labelOf(m.applicationId) })}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('juror.export.conflictList')}</h4>
      {summary.conflicts.length === 0 ? (
        <p>{t('juror.export.none')}</p>
      ) : (
        <ul>
          {summary.conflicts.map((c) => (
            <li key={c.applicationId}>
              {t('juror.export.conflictItem', { name: labelOf(c.applicationId), reason: c.reason })}
            </li>
          ))}
        </ul>
      )}
      <fieldset>
        <legend>{t('juror.export.status')}</legend>
        {(['draft', 'final'] as const).map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name={`${id}-status`}
              value={value}
              checked={status === value}
              onChange={() => setStatus(value)}
            />
            {t(value === 'final' ? 'juror.export.final' : 'juror.export.draft')}
          </label>
        ))}
      </fieldset>
      <p>{t('juror.export.revision', { revision: props.revision })}</p>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={props.busy}
          onClick={() => props.onSave(status)}
        >
          {t('juror.export.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('juror.export.cancel')}
        </button>
      </div>
    </div>
  );
}
