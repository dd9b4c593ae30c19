import { useT } from '../../i18n/useT';

/** The organiser's work on one round. */
export function OrganiserWorkspace({ roundId }: { roundId: string }): React.JSX.Element {
  const t = useT();
  return (
    <section aria-label={t('organiser.title')} data-round={roundId} className="role-workspace">
      <p className="muted">{t('workspace.comingSoon')}</p>
    </section>
  );
}
