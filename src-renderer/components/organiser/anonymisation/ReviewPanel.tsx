import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { useOrganiserStore } from '../../../store/organiser-store';
import {
  addTerm,
  keepTerm,
  leaksOf,
  redactAgain,
  redactionOf,
  setApproved,
} from '../../../../src-shared/organiser';
import type { OrganiserApplication, Review } from '../../../../src-shared/organiser';
import { SideBySide } from './SideBySide';
import { TermsPanel } from './TermsPanel';
import { LeakList } from './LeakList';
import { FactsCompare } from './FactsCompare';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';

/**
 * One application's review: approval, terms, leak check, attachments, facts
 * and the texts side by side.
 */
export function ReviewPanel({
  item,
  pseudonym,
  others,
  focusToken,
  onApproved,
}: {
  item: OrganiserApplication;
  pseudonym: string;
  others: readonly string[];
  focusToken: number;
  onApproved: () => void;
}): React.JSX.Element {
  const t = useT();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const updateReview = useOrganiserStore((s) => s.updateReview);
  const [message, setMessage] = useState<string | null>(null);
  const { application, review } = item;
  const othersKey = others.join('\u0000');
  const redacted = useMemo(
    () =>
      redactionOf({ application, pseudonym, review }, othersKey.split('\u0000').filter(Boolean)),
    [application, pseudonym, review, othersKey],
  );
  const leaks = useMemo(() => leaksOf(redacted), [redacted]);

  useEffect(() => {
    if (focusToken > 0) heading.current?.focus();
  }, [focusToken]);

  function edit(change: (r: Review) => Review, text: string): void {
    setMessage(text);
    void updateReview(application.id, change);
  }

  const name = `${pseudonym} · ${application.applicant}`;
  return (
    <section aria-labelledby={`${id}-h`} className="organiser-review-panel">
      <h3 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {name}
      </h3>
      <div className={review.approved ? 'organiser-approval approved' : 'organiser-approval'}>
        <p>
          {review.approved
            ? t('organiser.review.isApproved', { count: redacted.replacements.length })
            : t('organiser.review.toApprove', { count: redacted.replacements.length })}
        </p>
        {review.approved ? (
          <button
            type="button"
            onClick={() =>
              edit(
                (r) => setApproved(r, false),
                t('organiser.review.withdrawn', { name: pseudonym }),
              )
            }
          >
            {t('organiser.review.withdraw')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={() => {
              edit(
                (r) => setApproved(r, true),
                t('organiser.review.approvedMessage', { name: pseudonym }),
              );
              onApproved();
            }}
          >
            {t('organiser.review.approve')}
            <span className="visually-hidden"> {pseudonym}</span>
          </button>
        )}
      </div>
      <p role="status" className="organiser-message">
        {message}
      </p>
      <div className="organiser-review-tools">
        <TermsPanel
          review={review}
          replacements={redacted.replacements}
          onAdd={(term) => edit((r) => addTerm(r, term), t('organiser.terms.added', { term }))}
          onKeep={(term) => edit((r) => keepTerm(r, term), t('organiser.terms.kept', { term }))}
          onRedactAgain={(term) =>
            edit((r) => redactAgain(r, term), t('organiser.terms.redactedAgain', { term }))
          }
        />
        <LeakList
          leaks={leaks}
          onAdd={(term) => edit((r) => addTerm(r, term), t('organiser.terms.added', { term }))}
        />
      </div>
      <AttachmentsPanel item={item} label={name} />
      <FactsCompare facts={application.facts} />
      <SideBySide application={application} redacted={redacted} />
    </section>
  );
}
