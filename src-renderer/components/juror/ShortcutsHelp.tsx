import { useT } from '../../i18n/useT';
import { CRITERION_SHORTCUTS } from '../../../src-shared/juror';
import type { MessageKey } from '../../../src-shared/i18n/translate';

const KEYS: Readonly<Record<(typeof CRITERION_SHORTCUTS)[number], MessageKey>> = {
  digits: 'juror.keys.digits',
  e: 'juror.keys.e',
  delete: 'juror.keys.delete',
  n: 'juror.keys.n',
  p: 'juror.keys.p',
  arrows: 'juror.keys.arrows',
  tab: 'juror.keys.tab',
};

/** The keyboard shortcuts of the scoring form, always one click away. */
export function ShortcutsHelp(): React.JSX.Element {
  const t = useT();
  return (
    <details className="shortcuts">
      <summary>{t('juror.keys.title')}</summary>
      <p>{t('juror.keys.intro')}</p>
      <ul>
        {CRITERION_SHORTCUTS.map((k) => (
          <li key={k}>{t(KEYS[k])}</li>
        ))}
      </ul>
    </details>
  );
}
