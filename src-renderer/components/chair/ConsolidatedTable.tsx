import { useMemo, useRef, useState } from 'react';
import { useTable } from '@tanstack/react-table';
import type { ColumnVisibilityState, SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useT } from '../../i18n/useT';
import { chairTableFeatures, type TableRow } from './table-features';
import { chairColumns, type ColumnContext } from './table-columns';
import { ColumnChooser } from './ColumnChooser';

/** Rows rendered beyond the visible ones, so fast scrolling never shows blanks. */
const OVERSCAN = 12;
const ROW_ESTIMATE = 42;

interface Props {
  readonly rows: readonly TableRow[];
  readonly context: ColumnContext;
  readonly visibility: ColumnVisibilityState;
  readonly onVisibility: (v: ColumnVisibilityState) => void;
  readonly search: string;
}

/**
 * The consolidated table: TanStack Table v9 for sorting, filtering and
 * column choice; TanStack Virtual renders only the rows in view, so 2,000
 * applications scroll and sort smoothly. It stays a real table: header
 * cells are <th scope>, sortable headers are buttons and carry aria-sort,
 * and aria-rowcount / aria-rowindex tell assistive technology where the
 * rendered rows sit in the whole table.
 */
export function ConsolidatedTable({
  rows,
  context,
  visibility,
  onVisibility,
  search,
}: Props): React.JSX.Element {
  const t = useT();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'rank', desc: false }]);
  const columns = useMemo(() => chairColumns(context), [context]);
  const data = useMemo(() => [...rows], [rows]);
  const table = useTable({
    features: chairTableFeatures,
    columns,
    data,
    getRowId: (r) => r.applicationId,
    state: { sorting, columnVisibility: visibility, globalFilter: search },
    onSortingChange: (u) => setSorting((old) => (typeof u === 'function' ? u(old) : u)),
    onColumnVisibilityChange: (u) => onVisibility(typeof u === 'function' ? u(visibility) : u),
    enableSortingRemoval: false,
    globalFilterFn: (row, _columnId, value: string) => {
      const q = value.trim().toLowerCase();
      return (
        q === '' || `${row.original.label} ${row.original.applicationId}`.toLowerCase().includes(q)
      );
    },
    getColumnCanGlobalFilter: (column) => column.id === 'application',
  });
  const model = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual hands out functions that must not be memoised; this is its documented use.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: model.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    getItemKey: (i) => model[i]?.id ?? i,
  });
  const items = virtualizer.getVirtualItems();
  const columnCount = table.getVisibleLeafColumns().length;
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <>
      <ColumnChooser table={table} />
      <p role="status" className="muted">
        {t('chair.table.showing', { shown: model.length, total: rows.length })}
      </p>
      <div
        ref={scrollRef}
        className="chair-grid-scroll"
        role="region"
        aria-label={t('chair.table.region')}
        tabIndex={0}
      >
        <table
          className="chair-grid"
          aria-rowcount={model.length + 1}
          data-testid="consolidated-table"
        >
          <caption className="visually-hidden">{t('chair.table.caption')}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const meta = header.column.columnDef.meta;
                  const sorted = header.column.getIsSorted();
                  const label = meta?.label ?? header.column.id;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={meta?.numeric === true ? 'num' : undefined}
                      aria-sort={
                        sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                      }
                    >
                      <button type="button" onClick={header.column.getToggleSortingHandler()}>
                        {label}
                        {meta?.srSuffix !== undefined && (
                          <span className="visually-hidden"> {meta.srSuffix}</span>
                        )}
                        <span className="sort-mark" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {top > 0 && (
              <tr className="spacer" aria-hidden="true">
                <td colSpan={columnCount} style={{ height: top }} />
              </tr>
            )}
            {items.map((item) => {
              const row = model[item.index];
              if (row === undefined) return null;
              const flagged = row.original.disagreement;
              return (
                <tr
                  key={row.id}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  data-application={row.id}
                  aria-rowindex={item.index + 2}
                  className={flagged ? 'flagged' : undefined}
                >
                  {row.getVisibleCells().map((cell) => {
                    const meta = cell.column.columnDef.meta;
                    if (cell.column.id === 'application') {
                      return (
                        <th key={cell.id} scope="row">
                          <table.FlexRender cell={cell} />
                        </th>
                      );
                    }
                    return (
                      <td
                        key={cell.id}
                        data-col={cell.column.id}
                        className={meta?.numeric === true ? 'num' : undefined}
                      >
                        <table.FlexRender cell={cell} />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {bottom > 0 && (
              <tr className="spacer" aria-hidden="true">
                <td colSpan={columnCount} style={{ height: bottom }} />
              </tr>
            )}
          </tbody>
        </table>
        {model.length === 0 && <p className="muted">{t('chair.table.noMatch')}</p>}
      </div>
    </>
  );
}
