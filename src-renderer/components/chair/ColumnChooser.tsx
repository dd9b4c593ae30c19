import type { ReactTable } from '@tanstack/react-table';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import type { ChairTableFeatures, ColumnGroup, TableRow } from './table-features';

const GROUPS: readonly { group: ColumnGroup; label: MessageKey }[] = [
  { group: 'stats', label: 'chair.table.columns.stats' },
  { group: 'criteria', label: 'chair.table.columns.criteria' },
  { group: 'jurors', label: 'chair.table.columns.jurors' },
  { group: 'counts', label: 'chair.table.columns.counts' },
  { group: 'checks', label: 'chair.table.columns.checks' },
];

/** Column choice: one checkbox per column, grouped; the application and rank always show. */
export function ColumnChooser({
  table,
}: {
  table: ReactTable<ChairTableFeatures, TableRow, unknown>;
}): React.JSX.Element {
  const t = useT();
  const columns = table.getAllLeafColumns();
  return (
    <details className="chair-details">
      <summary>{t('chair.table.columns')}</summary>
      <div className="column-groups">
        {GROUPS.map(({ group, label }) => {
          const own = columns.filter((c) => c.columnDef.meta?.group === group);
          if (own.length === 0) return null;
          return (
            <fieldset key={group}>
              <legend>{t(label)}</legend>
              {own.map((c) => {
                const meta = c.columnDef.meta;
                const id = `col-${c.id}`;
                return (
                  <div className="checkbox" key={c.id}>
                    <input
                      id={id}
                      type="checkbox"
                      checked={c.getIsVisible()}
                      onChange={(e) => c.toggleVisibility(e.target.checked)}
                    />
                    <label htmlFor={id}>
                      {meta?.label}
                      {meta?.srSuffix !== undefined ? ` ${meta.srSuffix}` : ''}
                    </label>
                  </div>
                );
              })}
            </fieldset>
          );
        })}
      </div>
    </details>
  );
}
