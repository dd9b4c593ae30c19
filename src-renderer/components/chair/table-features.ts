import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  metaHelper,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import type { ConsolidatedRow } from '../../../src-shared/chair/table-model';

/** Column groups, for the column chooser. */
export type ColumnGroup = 'fixed' | 'stats' | 'criteria' | 'jurors' | 'counts' | 'checks' | 'z';

/** What the markup needs to know about a column besides its header and cells. */
export interface ChairColumnMeta {
  readonly group: ColumnGroup;
  /** Right-aligned, tabular figures. */
  readonly numeric: boolean;
  /** The visible header text. */
  readonly label: string;
  /** Read after the label by screen readers (e.g. the criterion's full name). */
  readonly srSuffix?: string;
}

/** One table row: the consolidated row plus the deliberation's marks. */
export type TableRow = ConsolidatedRow & { readonly finalist: boolean; readonly winner: boolean };

/**
 * The table's features (TanStack Table v9 registers them explicitly):
 * sorting, column visibility and a global text filter, client-side.
 * Module scope, so the object is stable across renders.
 */
export const chairTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  columnMeta: metaHelper<ChairColumnMeta>(),
});
export type ChairTableFeatures = typeof chairTableFeatures;
