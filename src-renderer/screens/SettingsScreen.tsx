import { useId } from 'react';
import { LANGUAGES, type Language } from '../../src-shared/i18n/languages';
import { useStore } from '../store/app-store';
import { useT } from '../i18n/useT';
import { ScreenHeading } from '../components/ScreenHeading';
import { SecuritySettings } from '../components/vault/SecuritySettings';

/** Settings: the UI language (Swedish by default). Saved as soon as it changes. */
export function SettingsScreen(): React.JSX.Element {
  const t = useT();
  const language = useStore((s) => s.language);
  const saved = useStore((s) => s.settingsSaved);
  const setLanguage = useStore((s) => s.setLanguage);
  const helpId = useId();

  return (
    <section>
      <ScreenHeading>{t('settings.title')}</ScreenHeading>
      <fieldset className="field" aria-describedby={helpId}>
        <legend>{t('settings.language')}</legend>
        <p id={helpId} className="muted">
          {t('settings.language.help')}
        </p>
        {LANGUAGES.map((lang: Language) => (
          <label key={lang} className="radio">
            <input
              type="radio"
              name="language"
              value={lang}
              checked={language === lang}
              onChange={() => void setLanguage(lang)}
            />
            <span lang={lang}>{t(`settings.language.${lang}`)}</span>
          </label>
        ))}
      </fieldset>
      <p role="status" className="saved-status">
        {saved ? t('settings.saved') : ''}
      </p>
      <SecuritySettings />
    </section>
  );
}
