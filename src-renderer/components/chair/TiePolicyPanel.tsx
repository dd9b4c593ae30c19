import { useChairStore } from '../../store/chair-store';
import { useT } from '../../i18n/useT';
import { TIE_CHOICES } from '../../../src-shared/chair/tie-policy';
import type { TieChoice } from '../../../src-shared/chair/tie-policy';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import { TieWarnings } from './TieWarnings';
import { TieVotes } from './TieVotes';

/** The explicit tie policy, chosen from a small set; the warnings; the chair's vote when chosen. */
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
        <p className="field-hint">{t('chair.tie.intro')}</p>
        {TIE_CHOICES.map((c) => (
          <div key={c}>
            <div className="radio">
              <input
                type="radio"
                id={`tie-${c}`}
                name="tie"
                checked={choice === c}
                onChange={() => set(c)}
                aria-describedby={`tie-${c}-help`}
              />
              <label htmlFor={`tie-${c}`}>{t(`chair.tie.choice.${c}` as MessageKey)}</label>
            </div>
            <p id={`tie-${c}-help`} className="field-hint">
              {t(`chair.tie.help.${c}` as MessageKey, {
                criteria: criteria.map((x) => x.key).join(', '),
              })}
            </p>
          </div>
        ))}
      </fieldset>
      <TieWarnings />
      {choice === 'chair-vote' && <TieVotes />}
    </section>
  );
}
