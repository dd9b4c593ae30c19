import { useId } from 'react';
import { useT } from '../../../i18n/useT';
import type { LeakFinding } from '../../../../src-shared/anonymise';

/** Words in the redacted text that may still name a place or person, to check by eye. */
export function LeakList({
  leaks,
  onAdd,
}: {
  leaks: readonly { sectionIndex: number; finding: LeakFinding }[];
  onAdd: (term: string) => void;
}): React.JSX.Element {
  const t = useT();
  const id = useId();
  const words = [...new Map(leaks.map((l) => [l.finding.word, l.finding])).values()];
  return (
    <section aria-labelledby={`${id}-h`} className="organiser-leaks">
      <h4 id={`${id}-h`}>{t('organiser.leaks.title')}</h4>
      <p className="muted">{t('organiser.leaks.intro')}</p>
      {words.length === 0 ? (
        <p className="organiser-ok">{t('organiser.leaks.none')}</p>
      ) : (
        <ul className="organiser-term-list">
          {words.map((f) => (
            <li key={f.word}>
              <span className="term">{f.word}</span>{' '}
              <span className="muted">{t(`organiser.leaks.reason.${f.reason}`)}</span>{' '}
              <button type="button" onClick={() => onAdd(f.word)}>
                {t('organiser.leaks.add', { term: f.word })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
