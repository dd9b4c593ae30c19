import { useChairStore } from '../../store/chair-store';
import { useT } from '../../i18n/useT';
import type { TieChoice } from '../../../src-shared/chair/deliberation';
import { TieWarnings } from './TieWarnings';

/** The explicit tie policy: shared places, or the named tie-break chain. */
export function TiePolicyPanel(): React.JSX.Element {
  const t = useT();
  const choice = useChairStore((s) => s.deliberation.tieChoice);
  const criteria = useChairStore((s) => s.model?.pkg.round.criteria ?? []);
  const update = useChairStore((s) => s.updateDeliberation);
  const set = (tieChoice: TieChoice): void => update((d) => ({ ...d, tieChoice }));
  return (
    <section className="chair-section">
      <fieldset>
        <legend>{t('chair.tie.legend')}</legend>
        <div className="radio">
          <input
            type="radio"
            id="tie-shared"
            name="tie"
            checked={choice === 'shared'}
            onChange={() => set('shared')}
            aria-describedby="tie-shared-help"
          />
          <label htmlFor="tie-shared">{t('chair.tie.shared')}</label>
        </div>
        <p id="tie-shared-help" className="field-hint">
          {t('chair.tie.sharedHelp')}
        </p>
        <div className="radio">
          <input
            type="radio"
            id="tie-chain"
            name="tie"
            checked={choice === 'chain'}
            onChange={() => set('chain')}
            aria-describedby="tie-chain-help"
          />
          <label htmlFor="tie-chain">{t('chair.tie.chain')}</label>
        </div>
        <p id="tie-chain-help" className="field-hint">
          {t('chair.tie.chainHelp', { criteria: criteria.map((c) => c.key).join(', ') })}
        </p>
      </fieldset>
      <TieWarnings />
    </section>
  );
}
