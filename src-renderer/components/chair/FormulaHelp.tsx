import { useT } from '../../i18n/useT';
import { FORMULAS } from '../../../src-shared/scoring/formulas';
import type { FormulaKey } from '../../../src-shared/scoring/formulas';
import type { MessageKey } from '../../../src-shared/i18n/translate';

const KEYS = Object.keys(FORMULAS) as FormulaKey[];

/** The exact formula of every figure, in the UI language (one entry per FORMULAS key). */
export function FormulaHelp(): React.JSX.Element {
  const t = useT();
  return (
    <details className="chair-details" data-testid="formula-help">
      <summary>{t('chair.help.title')}</summary>
      <p>{t('chair.help.intro')}</p>
      <dl className="formula-list">
        {KEYS.map((key) => (
          <div key={key}>
            <dt>{t(`chair.formula.${key}.name` as MessageKey)}</dt>
            <dd>
              <code className="formula">{t(`chair.formula.${key}.formula` as MessageKey)}</code>
            </dd>
            <dd>{t(`chair.formula.${key}.text` as MessageKey)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
