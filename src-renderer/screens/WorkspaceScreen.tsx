import { useStore, type Role } from '../store/app-store';
import { useT } from '../i18n/useT';
import { ScreenHeading } from '../components/ScreenHeading';
import { NotesPanel } from '../components/workspace/NotesPanel';
import { OrganiserWorkspace } from '../components/organiser/OrganiserWorkspace';
import { JurorWorkspace } from '../components/juror/JurorWorkspace';
import { ChairWorkspace } from '../components/chair/ChairWorkspace';
import type { MessageKey } from '../../src-shared/i18n/translate';
import { assertNever } from '../../src-shared/assert';

const ROLE_LABEL: Record<Role, MessageKey> = {
  organiser: 'role.organiser',
  juror: 'role.juror',
  chair: 'role.chair',
};

/** One round opened in one role. */
export function WorkspaceScreen(): React.JSX.Element {
  const t = useT();
  const selection = useStore((s) => s.selection);
  const rounds = useStore((s) => s.rounds);
  const navigate = useStore((s) => s.navigate);
  if (!selection) {
    return (
      <section>
        <ScreenHeading>{t('workspace.none')}</ScreenHeading>
        <button type="button" onClick={() => navigate('home')}>
          {t('workspace.back')}
        </button>
      </section>
    );
  }
  const round = rounds?.find((r) => r.id === selection.roundId);
  const roundName = round?.name ?? selection.roundId;
  return (
    <section>
      <p>
        <button type="button" className="link-button" onClick={() => navigate('home')}>
          {t('workspace.back')}
        </button>
      </p>
      <ScreenHeading>
        {t('workspace.title', { round: roundName, role: t(ROLE_LABEL[selection.role]) })}
      </ScreenHeading>
      {renderRole(selection.role, selection.roundId)}
      <NotesPanel roundId={selection.roundId} scope={selection.role} />
    </section>
  );
}

function renderRole(role: Role, roundId: string): React.JSX.Element {
  switch (role) {
    case 'organiser':
      return <OrganiserWorkspace roundId={roundId} />;
    case 'juror':
      return <JurorWorkspace roundId={roundId} />;
    case 'chair':
      return <ChairWorkspace roundId={roundId} />;
    default:
      return assertNever(role, 'role');
  }
}
