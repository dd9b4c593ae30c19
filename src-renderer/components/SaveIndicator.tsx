import { useStore } from '../store/app-store';
import { useT } from '../i18n/useT';

/** A quiet "saved" state for autosave; errors are stated plainly. */
export function SaveIndicator(): React.JSX.Element {
  const t = useT();
  const state = useStore((s) => s.saveState);
  const text =
    state === 'saving'
      ? t('save.saving')
      : state === 'saved'
        ? t('save.saved')
        : state === 'error'
          ? t('save.error')
          : '';
  return (
    <p className={`save-indicator save-${state}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
