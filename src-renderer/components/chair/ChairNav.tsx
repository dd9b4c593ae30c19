import { useChairStore, type ChairView } from '../../store/chair-store';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../../src-shared/i18n/translate';

const VIEWS: readonly { view: ChairView; label: MessageKey }[] = [
  { view: 'import', label: 'chair.nav.import' },
  { view: 'table', label: 'chair.nav.table' },
  { view: 'checks', label: 'chair.nav.checks' },
  { view: 'application', label: 'chair.nav.application' },
  { view: 'deliberation', label: 'chair.nav.deliberation' },
  { view: 'export', label: 'chair.nav.export' },
];

/** The chair's views, in the order of the work. */
export function ChairNav(): React.JSX.Element {
  const t = useT();
  const view = useChairStore((s) => s.view);
  const setView = useChairStore((s) => s.setView);
  return (
    <nav className="chair-nav" aria-label={t('chair.nav.label')}>
      <ul>
        {VIEWS.map((v) => (
          <li key={v.view}>
            <button
              type="button"
              aria-current={view === v.view ? 'page' : undefined}
              onClick={() => setView(v.view)}
            >
              {t(v.label)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
