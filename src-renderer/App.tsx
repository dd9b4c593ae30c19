import { useEffect } from 'react';
import { useStore } from './store/app-store';
import { Layout } from './components/Layout';
import { HomeScreen } from './screens/HomeScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { AboutScreen } from './screens/AboutScreen';
import { assertNever } from '../src-shared/assert';

/** Root component: loads settings, then shows the current screen. */
export function App(): React.JSX.Element {
  const screen = useStore((s) => s.screen);
  const language = useStore((s) => s.language);
  const loadSettings = useStore((s) => s.loadSettings);

  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return <Layout>{renderScreen(screen)}</Layout>;
}

function renderScreen(screen: ReturnType<typeof useStore.getState>['screen']): React.JSX.Element {
  switch (screen) {
    case 'home':
      return <HomeScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'about':
      return <AboutScreen />;
    default:
      return assertNever(screen, 'screen');
  }
}
