import { useId, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { isUsableTerm, replacedTerms } from '../../../../src-shared/organiser';
import type { Review } from '../../../../src-shared/organiser';
import type { SectionReplacement } from '../../../../src-shared/anonymise';

/**
 * Terms for this application: add one by hand, keep (un-redact) a word the
 * anonymiser replaced, or replace a kept word again.
 */
export function TermsPanel({
  review,
  replacements,
  onAdd,
  onKeep,
  onRedactAgain,
}: {
  review: Review;
  replacements: readonly SectionReplacement[];
  onAdd: (term: string) => void;
  onKeep: (term: string) => void;
  onRedactAgain: (term: string) => void;
}): React.JSX.Element {
  const t = useT();
  const id = useId();
  const [term, setTerm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const replaced = replacedTerms(replacements).filter(
    (r) =>
      !review.extraTerms.some((x) => x.toLocaleLowerCase('sv') === r.from.toLocaleLowerCase('sv')),
  );

  function submit(e: React.FormEvent): void {
    e.preventDefault();
    if (!isUsableTerm(term)) {
      setError(t('organiser.terms.tooShort'));
      return;
    }
    setError(null);
    onAdd(term.trim());
    setTerm('');
  }

  return (
    <section aria-labelledby={`${id}-h`} className="organiser-terms">
      <h4 id={`${id}-h`}>{t('organiser.terms.title')}</h4>
      <form className="inline-form" onSubmit={submit} noValidate>
        <div className="text-field">
          <label htmlFor={`${id}-term`}>{t('organiser.terms.add')}</label>
          <p id={`${id}-hint`} className="field-hint">
            {t('organiser.terms.addHint')}
          </p>
          <input
            id={`${id}-term`}
            value={term}
            maxLength={200}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-err` : ''}`}
            onChange={(e) => setTerm(e.target.value)}
          />
          {error && (
            <p id={`${id}-err`} className="field-error">
              {error}
            </p>
          )}
        </div>
        <button type="submit">{t('organiser.terms.addButton')}</button>
      </form>
      {review.extraTerms.length > 0 && (
        <>
          <h5>{t('organiser.terms.extraTitle')}</h5>
          <ul className="organiser-term-list">
            {review.extraTerms.map((x) => (
              <li key={x}>
                <span className="term">{x}</span>{' '}
                <button type="button" onClick={() => onKeep(x)}>
                  {t('organiser.terms.removeExtra', { term: x })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h5>{t('organiser.terms.replacedTitle')}</h5>
      {replaced.length === 0 ? (
        <p className="muted">{t('organiser.terms.noneReplaced')}</p>
      ) : (
        <ul className="organiser-term-list">
          {replaced.map((r) => (
            <li key={r.from}>
              <span className="term">{r.from}</span>{' '}
              <span className="muted">
                {t(`organiser.kind.${r.kind}`)} · {t('organiser.terms.times', { count: r.count })}
              </span>{' '}
              <button type="button" onClick={() => onKeep(r.from)}>
                {t('organiser.terms.keep', { term: r.from })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {review.removedTerms.length > 0 && (
        <>
          <h5>{t('organiser.terms.keptTitle')}</h5>
          <ul className="organiser-term-list">
            {review.removedTerms.map((x) => (
              <li key={x}>
                <span className="term">{x}</span>{' '}
                <button type="button" onClick={() => onRedactAgain(x)}>
                  {t('organiser.terms.redactAgain', { term: x })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
