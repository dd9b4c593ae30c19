import { translate } from '../i18n/translate';
import { formatStat, RANKING_COLUMN_KEYS } from './labels';
import type { FinalReport } from './report';

/*
 * The final report's ranking as CSV, the way Swedish Excel reads it without
 * asking: UTF-8 with a byte order mark, ';' between cells, CRLF line ends,
 * decimal comma in Swedish. Text is quoted when it holds ';', '"' or a line
 * break, and a cell that starts with = + - or @ gets a leading apostrophe so
 * a spreadsheet never runs it as a formula.
 */

export const CSV_SEPARATOR = ';';

/** One text cell, quoted and guarded as described above. */
export function csvCell(text: string): string {
  const guarded = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** The CSV text (without the byte order mark). */
export function reportCsvText(report: FinalReport): string {
  const t = (key: Parameters<typeof translate>[1]): string => translate(report.language, key);
  const yes = t('report.yes');
  // An empty cell, not a dash, where there is no figure: spreadsheets read it as blank.
  const stat = (x: number | null): string => (x === null ? '' : formatStat(report.language, x));
  const header = RANKING_COLUMN_KEYS.map((key) => t(key));
  const rows = report.ranking.map((r) => [
    String(r.rank),
    r.applicationId,
    r.name,
    stat(r.mean),
    stat(r.median),
    stat(r.sd),
    stat(r.range),
    String(r.n),
    r.finalist ? yes : '',
    r.winner ? yes : '',
  ]);
  return (
    [header, ...rows].map((cells) => cells.map(csvCell).join(CSV_SEPARATOR)).join('\r\n') + '\r\n'
  );
}

/** The CSV file's text, starting with the byte order mark; write it as UTF-8. */
export function reportCsv(report: FinalReport): string {
  return `\ufeff${reportCsvText(report)}`;
}
