import { useMemo, useState } from 'react';
import type { ColumnVisibilityState } from '@tanstack/react-table';
import { useChairStore } from '../../store/chair-store';
import { useT } from '../../i18n/useT';
import { TextField } from '../TextField';
import { ViewHeading } from './ViewHeading';
import { ConsolidatedTable } from './ConsolidatedTable';
import { FormulaHelp } from './FormulaHelp';
import { defaultHidden, type ColumnContext } from './table-columns';
import type { TableRow } from './table-features';
import { useNumber } from './format';

/** The consolidated table with its controls, the z view and the help panel. */
export function TableView(): React.JSX.Element {
  const t = useT();
  const num = useNumber();
  const model = useChairStore((s) => s.model);
  const finalists = useChairStore((s) => s.deliberation.finalists);
  const winner = useChairStore((s) => s.deliberation.winner);
  const zShown = useChairStore((s) => s.deliberation.zViewShown);
  const updateDeliberation = useChairStore((s) => s.updateDeliberation);
  const openApplication = useChairStore((s) => s.openApplication);
  const [search, setSearch] = useState('');
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const [zView, setZView] = useState(false);
  const table = model?.consolidation.table ?? null;
  const pkg = model?.pkg;

  const jurors = useMemo(
    () => (table?.jurors ?? []).map((id) => ({ id, name: model?.jurorNames.get(id) ?? id })),
    [table, model],
  );
  const [visibility, setVisibility] = useState<ColumnVisibilityState>(() =>
    defaultHidden({ jurors }),
  );
  const context = useMemo<ColumnContext>(
    () => ({ t, num, criteria: pkg?.round.criteria ?? [], jurors, onOpen: openApplication }),
    [t, num, pkg, jurors, openApplication],
  );
  const rows = useMemo<TableRow[]>(() => {
    const chosen = new Set(finalists);
    return (table?.rows ?? [])
      .filter((r) => !onlyFlagged || r.disagreement || r.criterionFlags > 0)
      .map((r) => ({
        ...r,
        finalist: chosen.has(r.applicationId),
        winner: r.applicationId === winner,
      }));
  }, [table, finalists, winner, onlyFlagged]);

  function toggleZ(on: boolean): void {
    setZView(on);
    setVisibility((v) => ({ ...v, meanZ: on, zRank: on }));
    // Recorded in the result's method: the chair looked at the z view.
    if (on && !zShown) updateDeliberation((d) => ({ ...d, zViewShown: true }));
  }

  const fallback = (table?.z.fallbackJurors ?? []).map((id) => model?.jurorNames.get(id) ?? id);
  return (
    <section>
      <ViewHeading>{t('chair.table.title')}</ViewHeading>
      <p className="lead">{t('chair.table.intro')}</p>
      {table === null ? (
        <p className="notice notice-warning">{t('chair.table.invalid')}</p>
      ) : (
        <>
          {table.jurors.length === 0 && (
            <p className="notice notice-warning">{t('chair.table.empty')}</p>
          )}
          <div className="chair-controls">
            <TextField
              label={t('chair.table.search')}
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
            <Checkbox
              id="chair-only-flagged"
              label={t('chair.table.onlyFlagged')}
              checked={onlyFlagged}
              onChange={setOnlyFlagged}
            />
            <Checkbox
              id="chair-z-view"
              label={t('chair.z.toggle')}
              checked={zView}
              onChange={toggleZ}
            />
          </div>
          {zView && (
            <div className="notice notice-warning" role="status">
              <p>{t('chair.z.notice')}</p>
              <p>
                {fallback.length > 0
                  ? t('chair.z.fallback', { jurors: fallback.join(', ') })
                  : t('chair.z.noFallback')}
              </p>
            </div>
          )}
          <ConsolidatedTable
            rows={rows}
            context={context}
            visibility={visibility}
            onVisibility={setVisibility}
            search={search}
          />
        </>
      )}
      <FormulaHelp />
    </section>
  );
}

/** A checkbox with its visible label. */
function Checkbox(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}): React.JSX.Element {
  return (
    <div className="checkbox">
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={props.id}>{props.label}</label>
    </div>
  );
}
