import { createColumnHelper } from '@tanstack/react-table';
import type { ColumnDef } from '@tanstack/react-table';
import type { Criterion } from '../../../src-shared/domain/round';
import type { MessageKey, Params } from '../../../src-shared/i18n/translate';
import type { ChairColumnMeta, ChairTableFeatures, TableRow } from './table-features';

const helper = createColumnHelper<ChairTableFeatures, TableRow>();
type Col = ColumnDef<ChairTableFeatures, TableRow, unknown>;

export interface ColumnContext {
  readonly t: (key: MessageKey, params?: Params) => string;
  readonly num: (x: number | undefined | null, digits?: number) => string;
  readonly criteria: readonly Criterion[];
  readonly jurors: readonly { id: string; name: string }[];
  readonly onOpen: (applicationId: string) => void;
}

/** A numeric column: sorted with undefined values last, "higher first" unless told otherwise. */
function numeric(
  id: string,
  meta: ChairColumnMeta,
  value: (r: TableRow) => number | undefined,
  show: (v: number | undefined, r: TableRow) => string,
  descFirst = true,
): Col {
  return helper.accessor(value, {
    id,
    header: meta.label,
    meta,
    sortFn: 'basic',
    sortUndefined: 'last',
    sortDescFirst: descFirst,
    cell: (info) => show(info.getValue(), info.row.original),
  }) as Col;
}

/**
 * Every column of the consolidated table. The application column is the
 * row header; the z columns are a separate, labelled view (hidden unless
 * the chair turns it on).
 */
export function chairColumns(ctx: ColumnContext): Col[] {
  const { t, num } = ctx;
  const m = (
    group: ChairColumnMeta['group'],
    key: MessageKey,
    numericCol = true,
  ): ChairColumnMeta => ({
    group,
    numeric: numericCol,
    label: t(key),
  });
  const stat = (x: number | undefined): string => num(x, 2);
  const count = (x: number | undefined): string => (x === undefined ? '–' : String(x));
  const cols: Col[] = [
    helper.accessor((r) => r.label, {
      id: 'application',
      header: t('chair.col.application'),
      meta: m('fixed', 'chair.col.application', false),
      sortFn: 'alphanumeric',
      cell: (info) => {
        const r = info.row.original;
        return (
          <>
            <button
              type="button"
              className="link-button"
              onClick={() => ctx.onOpen(r.applicationId)}
            >
              {r.label}
            </button>
            {r.winner && <span className="badge">{t('chair.table.winner')}</span>}
            {r.finalist && !r.winner && <span className="badge">{t('chair.table.finalist')}</span>}
          </>
        );
      },
    }) as Col,
    numeric('rank', m('fixed', 'chair.col.rank'), (r) => r.rank, count, false),
    numeric('mean', m('stats', 'chair.col.mean'), (r) => r.mean, stat),
    numeric('median', m('stats', 'chair.col.median'), (r) => r.median, stat),
    numeric('trimmedMean', m('stats', 'chair.col.trimmedMean'), (r) => r.trimmedMean, stat),
    numeric('sd', m('stats', 'chair.col.sd'), (r) => (r.n === 0 ? undefined : r.sd), stat),
    numeric('range', m('stats', 'chair.col.range'), (r) => r.range, stat),
    numeric('n', m('stats', 'chair.col.n'), (r) => r.n, count),
    helper.accessor((r) => (r.disagreement ? 2 : 0) + (r.criterionFlags > 0 ? 1 : 0), {
      id: 'flag',
      header: t('chair.col.flag'),
      meta: m('stats', 'chair.col.flag', false),
      sortFn: 'basic',
      sortDescFirst: true,
      cell: (info) => {
        const r = info.row.original;
        const parts = [
          r.disagreement ? (
            <span key="f" className="flag">
              {t('chair.table.flag')}
            </span>
          ) : null,
          r.criterionFlags > 0 ? (
            <span key="c" className="chair-small">
              {' '}
              {t('chair.table.flagCriteria', { count: r.criterionFlags })}
            </span>
          ) : null,
        ];
        return <>{parts}</>;
      },
    }) as Col,
    // The z view sits next to the figures it is compared with, never instead of them.
    numeric(
      'meanZ',
      m('z', 'chair.col.meanZ'),
      (r) => r.meanZ,
      (v) => num(v, 2),
    ),
    numeric('zRank', m('z', 'chair.col.zRank'), (r) => r.zRank, count, false),
    ...ctx.criteria.map((c) =>
      numeric(
        `crit:${c.key}`,
        {
          group: 'criteria',
          numeric: true,
          label: c.key,
          srSuffix: t('chair.col.criterionSuffix', { name: c.name }),
        },
        (r) => r.criteria.get(c.key)?.mean,
        stat,
      ),
    ),
    ...ctx.jurors.map((j) =>
      numeric(
        `juror:${j.id}`,
        { group: 'jurors', numeric: true, label: j.name, srSuffix: t('chair.col.jurorSuffix') },
        (r) => r.jurorTotals.get(j.id),
        stat,
      ),
    ),
    numeric('conflicts', m('counts', 'chair.col.conflicts'), (r) => r.conflicts, count),
    numeric('cannotAssess', m('counts', 'chair.col.cannotAssess'), (r) => r.cannotAssess, count),
    numeric('missing', m('counts', 'chair.col.missing'), (r) => r.missing, count),
    numeric('borda', m('checks', 'chair.col.borda'), (r) => r.bordaRank, count, false),
    numeric('schulze', m('checks', 'chair.col.schulze'), (r) => r.schulzeRank, count, false),
    numeric(
      'stability',
      m('checks', 'chair.col.stability'),
      (r) => (r.stabilityRuns === 0 ? undefined : r.keptRank),
      (v, r) =>
        v === undefined ? '–' : t('chair.checks.ofRuns', { count: v, runs: r.stabilityRuns }),
    ),
  ];
  return cols;
}

/** Columns hidden until the chair asks for them. */
export function defaultHidden(ctx: Pick<ColumnContext, 'jurors'>): Record<string, boolean> {
  const hidden: Record<string, boolean> = {
    trimmedMean: false,
    cannotAssess: false,
    missing: false,
    schulze: false,
    meanZ: false,
    zRank: false,
  };
  for (const j of ctx.jurors) hidden[`juror:${j.id}`] = false;
  return hidden;
}
