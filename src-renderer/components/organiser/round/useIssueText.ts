import { useCallback } from 'react';
import { useT } from '../../../i18n/useT';
import type { RoundDraft, RoundIssue } from '../../../../src-shared/organiser';

/** How a criterion is named in messages: its name, or its place in the list. */
export function criterionLabel(draft: RoundDraft, uid: string, t: ReturnType<typeof useT>): string {
  const index = draft.criteria.findIndex((c) => c.uid === uid);
  const name = draft.criteria[index]?.name.trim();
  return name || t('organiser.criteria.unnamed', { n: index + 1 });
}

/** Plain-language text for a validation issue, naming where it is. */
export function useIssueText(draft: RoundDraft): (issue: RoundIssue) => string {
  const t = useT();
  return useCallback(
    (issue: RoundIssue) => {
      const criterion =
        issue.criterionUid === undefined ? '' : criterionLabel(draft, issue.criterionUid, t);
      const phase =
        issue.phaseIndex === undefined
          ? ''
          : draft.phases[issue.phaseIndex]?.name.trim() ||
            t('organiser.phases.unnamed', { n: issue.phaseIndex + 1 });
      return t(`organiser.issue.${issue.code}`, {
        criterion,
        phase,
        value: issue.value ?? '',
        level: issue.level ?? 0,
      });
    },
    [draft, t],
  );
}
