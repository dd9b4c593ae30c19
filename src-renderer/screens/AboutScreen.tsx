import { useEffect } from 'react';
import { useStore } from '../store/app-store';
import { useT } from '../i18n/useT';
import { ScreenHeading } from '../components/ScreenHeading';

/** About: what the app is and which version runs. */
export function AboutScreen(): React.JSX.Element {
  const t = useT();
  const info = useStore((s) => s.appInfo);
  const loadAppInfo = useStore((s) => s.loadAppInfo);

  useEffect(() => {
    void loadAppInfo();
  }, [loadAppInfo]);

  return (
    <section>
      <ScreenHeading>{t('about.title')}</ScreenHeading>
      <p className="lead">{t('about.description')}</p>
      {info === null ? (
        <p role="status">{t('status.loading')}</p>
      ) : (
        <dl className="facts">
          <dt>{t('about.version')}</dt>
          <dd data-testid="app-version">{info.version}</dd>
          <dt>{t('about.shell')}</dt>
          <dd>
            {info.shell === 'electron'
              ? t('about.shell.electron', { version: info.electronVersion ?? '' })
              : t('about.shell.harness')}
          </dd>
          <dt>{t('about.node')}</dt>
          <dd>{info.nodeVersion}</dd>
          <dt>{t('about.platform')}</dt>
          <dd>{info.platform}</dd>
        </dl>
      )}
    </section>
  );
}
