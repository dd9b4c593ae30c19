import { useT } from '../../i18n/useT';

/** The juror's work on one round. */
export function JurorWorkspace({ roundId }: { roundId: string }): React.JSX.Element {
  const t = useT();
  return (
    <section aria-label={t('juror.title')} data-round={roundId} className="role-workspace">
      <p className="muted">{t('workspace.comingSoon')}</p>
    </section>
  );
}
