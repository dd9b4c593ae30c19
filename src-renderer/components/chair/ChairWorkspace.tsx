import { useT } from '../../i18n/useT';

/** The chair's work on one round. */
export function ChairWorkspace({ roundId }: { roundId: string }): React.JSX.Element {
  const t = useT();
  return (
    <section aria-label={t('chair.title')} data-round={roundId} className="role-workspace">
      <p className="muted">{t('workspace.comingSoon')}</p>
    </section>
  );
}
