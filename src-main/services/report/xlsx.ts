import writeXlsxFile from 'write-excel-file/node';
import type { SheetData } from 'write-excel-file/node';
import { translate } from '../../../src-shared/i18n/translate';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import { formatTime, methodTexts, RANKING_COLUMN_KEYS } from '../../../src-shared/report/labels';
import type { FinalReport } from '../../../src-shared/report/report';

/*
 * The final report as an .xlsx workbook: a summary sheet (round, winner,
 * motivation, method), the ranking with real numbers, the conflicts and the
 * inputs with their digests. Text is always written as text, so nothing from
 * a file is ever read back as a formula.
 */

type CellValue = string | number | null;

const head = (texts: readonly string[]): SheetData[number] =>
  texts.map((value) => ({ value, type: String, fontWeight: 'bold' as const }));

const row = (values: readonly CellValue[]): SheetData[number] =>
  values.map((v) =>
    v === null
      ? null
      : typeof v === 'number'
        ? { value: v, type: Number, format: Number.isInteger(v) ? '0' : '0.00' }
        : { value: v, type: String, wrap: v.includes('\n') },
  );

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (name: string): string => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

export async function reportXlsx(report: FinalReport): Promise<Uint8Array> {
  const t = (key: MessageKey, params?: Readonly<Record<string, string | number>>): string =>
    translate(report.language, key, params);
  const method = methodTexts(report.language, report.method);
  const yes = t('report.yes');
  const summary: SheetData = [
    head([t('report.doc.title', { round: report.round.name || report.round.id }), '']),
    row([t('report.doc.award'), report.award]),
    row([t('report.doc.round'), `${report.round.name} (${report.round.id})`]),
    row([t('report.doc.phase'), report.phaseId]),
    row([t('report.doc.rosterVersion'), report.rosterVersion]),
    row([t('report.doc.resultCreated'), formatTime(report.language, report.result.createdAt)]),
    row([t('report.doc.chair'), report.result.chair?.name ?? '']),
    row([t('report.doc.resultDigest'), report.result.digest]),
    row([t('report.winner.heading'), report.winner?.name ?? t('report.winner.none')]),
    row([t('report.finalists.heading'), report.finalists.map((f) => f.name).join('\n')]),
    row([t('report.motivation.heading'), report.motivationParagraphs.join('\n\n')]),
    row([t('report.method.aggregation'), method.aggregation]),
    row([t('report.method.tie'), method.tie]),
    row([t('report.method.normalisation'), method.normalisation]),
    row([t('report.method.appVersion'), report.method.appVersion]),
  ];
  const ranking: SheetData = [
    head(RANKING_COLUMN_KEYS.map((key) => t(key))),
    ...report.ranking.map((r) =>
      row([
        r.rank,
        r.applicationId,
        r.name,
        r.mean,
        r.median,
        r.sd,
        r.range,
        r.n,
        r.finalist ? yes : '',
        r.winner ? yes : '',
      ]),
    ),
  ];
  const conflicts: SheetData = [
    head([
      t('report.col.jurorId'),
      t('report.col.juror'),
      t('report.col.applicationId'),
      t('report.col.application'),
      t('report.col.reason'),
    ]),
    ...report.conflicts.map((c) =>
      row([c.jurorId, c.jurorName, c.applicationId, c.applicationName, c.reason]),
    ),
  ];
  const inputs: SheetData = [
    head([
      t('report.col.jurorId'),
      t('report.col.juror'),
      t('report.col.revision'),
      t('report.col.digest'),
    ]),
    ...report.inputs.map((i) => row([i.jurorId, i.jurorName, i.revision, i.digest])),
  ];
  const buffer = await writeXlsxFile([
    {
      data: summary,
      sheet: sheetName(t('report.sheet.summary')),
      columns: [{ width: 30 }, { width: 90 }],
    },
    {
      data: ranking,
      sheet: sheetName(t('report.sheet.ranking')),
      columns: [8, 12, 40, 10, 10, 12, 12, 10, 10, 10].map((width) => ({ width })),
      stickyRowsCount: 1,
    },
    {
      data: conflicts,
      sheet: sheetName(t('report.sheet.conflicts')),
      columns: [14, 30, 14, 40, 50].map((width) => ({ width })),
      stickyRowsCount: 1,
    },
    {
      data: inputs,
      sheet: sheetName(t('report.sheet.inputs')),
      columns: [14, 30, 10, 70].map((width) => ({ width })),
      stickyRowsCount: 1,
    },
  ]).toBuffer();
  return new Uint8Array(buffer);
}
