import type { ReactNode } from 'react';
import { useStore, type Screen } from '../store/app-store';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../../src-shared/i18n/translate';
import { ErrorNotice } from './ErrorNotice';
import { StorageNotice } from './vault/StorageNotice';
import { SaveIndicator } from './SaveIndicator';

const NAV: readonly { screen: Screen; label: MessageKey; needsUnlock: boolean }[] = [
  { screen: 'home', label: 'nav.home', needsUnlock: false },
  { screen: 'identity', label: 'nav.identity', needsUnlock: true },
  { screen: 'settings', label: 'nav.settings', needsUnlock: false },
  { screen: 'about', label: 'nav.about', needsUnlock: false },
];

/** Page frame: skip link, app header with main navigation, main landmark. */
export function Layout({ children }: { children: ReactNode }): React.JSX.Element {
  const t = useT();
  const screen = useStore((s) => s.screen);
  const navigate = useStore((s) => s.navigate);
  const unlocked = useStore((s) => s.vault?.state === 'unlocked');
  const lockVault = useStore((s) => s.lockVault);

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
            {NAV.filter((item) => unlocked || !item.needsUnlock).map((item) => (
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
            {unlocked && (
              <li>
                <button
                  type="button"
                  className="nav-button lock-button"
                  onClick={() => void lockVault()}
                >
                  {t('vault.lock')}
                </button>
              </li>
            )}
          </ul>
        </nav>
        <SaveIndicator />
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorNotice />
        <StorageNotice />
        {children}
      </main>
    </>
  );
}
