import { useStore } from '../store/app-store';
import { useT } from '../i18n/useT';

/** Shows the last error in the user's language, announced to screen readers. */
export function ErrorNotice(): React.JSX.Element | null {
  const t = useT();
  const error = useStore((s) => s.error);
  const clearError = useStore((s) => s.clearError);
  if (!error) return null;
  return (
    <div className="notice notice-error" role="alert">
      <strong>{t('error.title')}</strong>
      <p>{t(`error.${error.code}`)}</p>
      <button type="button" onClick={clearError}>
        {t('error.retry')}
      </button>
    </div>
  );
}
