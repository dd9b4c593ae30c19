import { useEffect } from 'react';
import { useStore, type Screen } from './store/app-store';
import { Layout } from './components/Layout';
import { HomeScreen } from './screens/HomeScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { AboutScreen } from './screens/AboutScreen';
import { IdentityScreen } from './screens/IdentityScreen';
import { WorkspaceScreen } from './screens/WorkspaceScreen';
import { VaultGate } from './components/vault/VaultGate';
import { onEvent } from './ipc/client';
import { useActivityPing } from './vault/useActivityPing';
import { assertNever } from '../src-shared/assert';

/** Root component: loads settings and the vault state, then shows the current screen. */
export function App(): React.JSX.Element {
  const screen = useStore((s) => s.screen);
  const language = useStore((s) => s.language);
  const loadSettings = useStore((s) => s.loadSettings);
  const loadVault = useStore((s) => s.loadVault);
  const vaultLocked = useStore((s) => s.vaultLocked);
  useActivityPing();

  useEffect(() => {
    void loadSettings();
    void loadVault();
    return onEvent('vault:locked', () => vaultLocked());
  }, [loadSettings, loadVault, vaultLocked]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return <Layout>{renderScreen(screen)}</Layout>;
}

function renderScreen(screen: Screen): React.JSX.Element {
  switch (screen) {
    case 'home':
      return (
        <VaultGate>
          <HomeScreen />
        </VaultGate>
      );
    case 'workspace':
      return (
        <VaultGate>
          <WorkspaceScreen />
        </VaultGate>
      );
    case 'identity':
      return (
        <VaultGate>
          <IdentityScreen />
        </VaultGate>
      );
    case 'settings':
      return <SettingsScreen />;
    case 'about':
      return <AboutScreen />;
    default:
      return assertNever(screen, 'screen');
  }
}
