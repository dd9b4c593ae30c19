import { Fragment, useId } from 'react';
import { useT } from '../../../i18n/useT';
import { coarsenFacts } from '../../../../src-shared/anonymise';
import type { Facts } from '../../../../src-shared/domain/round';
import { useFactLabel } from '../useFactLabel';

/** The context facts as written, and as jurors see them in anonymised phases. */
export function FactsCompare({ facts }: { facts: Facts }): React.JSX.Element {
  const t = useT();
  const id = useId();
  const coarse = coarsenFacts(facts, true);
  const label = useFactLabel();
  const list = (entries: [string, string | number][]) =>
    entries.length === 0 ? (
      <p className="muted">{t('organiser.facts.none')}</p>
    ) : (
      <dl className="facts">
        {entries.map(([k, v]) => (
          <Fragment key={k}>
            <dt>{label(k)}</dt>
            <dd>{String(v)}</dd>
          </Fragment>
        ))}
      </dl>
    );
  return (
    <section aria-labelledby={`${id}-h`} className="organiser-facts">
      <h4 id={`${id}-h`}>{t('organiser.facts.title')}</h4>
      <div className="organiser-pair">
        <div>
          <p className="organiser-text-label">{t('organiser.facts.named')}</p>
          {list(Object.entries(facts))}
        </div>
        <div>
          <p className="organiser-text-label">{t('organiser.facts.anonymised')}</p>
          {list(Object.entries(coarse))}
        </div>
      </div>
    </section>
  );
}
