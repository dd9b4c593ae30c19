import type { ReactNode } from 'react';
import { useStore, type Screen } from '../store/app-store';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../../src-shared/i18n/translate';
import { ErrorNotice } from './ErrorNotice';

const NAV: readonly { screen: Screen; label: MessageKey }[] = [
  { screen: 'home', label: 'nav.home' },
  { screen: 'settings', label: 'nav.settings' },
  { screen: 'about', label: 'nav.about' },
];

/** Page frame: skip link, app header with main navigation, main landmark. */
export function Layout({ children }: { children: ReactNode }): React.JSX.Element {
  const t = useT();
  const screen = useStore((s) => s.screen);
  const navigate = useStore((s) => s.navigate);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul className="nav-list">
            {NAV.map((item) => (
              <li key={item.screen}>
                <button
                  type="button"
                  className="nav-button"
                  aria-current={screen === item.screen ? 'page' : undefined}
                  onClick={() => navigate(item.screen)}
                >
                  {t(item.label)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorNotice />
        {children}
      </main>
    </>
  );
}
