import { useId } from 'react';
import { useT } from '../../../i18n/useT';
import type { RoundDraft, RoundIssue } from '../../../../src-shared/organiser';
import { useIssueText } from './useIssueText';

/**
 * Everything that stops the round from being used, in one list at the top.
 * Each message also sits next to its field. Not a live region: it changes
 * as the organiser types.
 */
export function ValidationSummary({
  issues,
  draft,
}: {
  issues: readonly RoundIssue[];
  draft: RoundDraft;
}): React.JSX.Element {
  const t = useT();
  const id = useId();
  const text = useIssueText(draft);
  if (issues.length === 0) {
    return <p className="organiser-ok">{t('organiser.round.valid')}</p>;
  }
  return (
    <div
      className="notice notice-warning organiser-issues"
      aria-labelledby={`${id}-h`}
      role="group"
    >
      <h3 id={`${id}-h`}>{t('organiser.round.issuesTitle', { count: issues.length })}</h3>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>{text(issue)}</li>
        ))}
      </ul>
    </div>
  );
}
