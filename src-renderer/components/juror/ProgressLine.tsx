import { useT } from '../../i18n/useT';
import type { Progress } from '../../../src-shared/juror';

/** "6 av 9 klara", with a progress bar. */
export function ProgressLine({ progress }: { progress: Progress }): React.JSX.Element {
  const t = useT();
  const text = t('juror.progress', { handled: progress.handled, total: progress.total });
  const conflicts =
    progress.conflicts > 0
      ? ` (${t('juror.progress.conflicts', { count: progress.conflicts })})`
      : '';
  return (
    <div className="progress-line">
      <progress
        max={Math.max(1, progress.total)}
        value={progress.handled}
        aria-label={t('juror.progress.label')}
        aria-valuetext={`${text}${conflicts}`}
      />
      <p className="progress-text" data-testid="juror-progress">
        {text}
        {conflicts}
      </p>
    </div>
  );
}
