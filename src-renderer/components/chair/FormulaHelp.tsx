import { useT } from '../../i18n/useT';
import { HELP_FORMULAS } from '../../../src-shared/chair/help';
import type { MessageKey } from '../../../src-shared/i18n/translate';

/** The exact formula of every figure, in the UI language (one entry per HELP_FORMULAS key). */
export function FormulaHelp(): React.JSX.Element {
  const t = useT();
  return (
    <details className="chair-details" data-testid="formula-help">
      <summary>{t('chair.help.title')}</summary>
      <p>{t('chair.help.intro')}</p>
      <dl className="formula-list">
        {HELP_FORMULAS.map((key) => (
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
