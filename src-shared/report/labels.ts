import { catalogue, translate } from '../i18n/translate';
import type { MessageKey } from '../i18n/translate';
import type { Language } from '../i18n/languages';
import { TIE_CHOICES } from '../chair/tie-policy';
import type { FinalReport } from './report';

/*
 * Texts every report view shares (screen, PDF, XLSX, CSV): numbers in the
 * language's form and the method in words.
 */

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** A statistic with two decimals in the language's form (decimal comma in Swedish), '–' for none. */
export function formatStat(language: Language, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(value);
}

/** A timestamp as a date and time, in UTC so that every reader sees the same text. */
export function formatTime(language: Language, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (
    new Intl.DateTimeFormat(LOCALES[language], {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(date) + ' UTC'
  );
}

function isKey(language: Language, key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalogue(language), key);
}

/** The method of a report in words; unknown values are shown as written in the result. */
export function methodTexts(
  language: Language,
  method: FinalReport['method'],
): { aggregation: string; tie: string; normalisation: string } {
  const known = (key: string, fallback: string): string =>
    isKey(language, key) ? translate(language, key) : fallback;
  const choice = method.tieChoice;
  const tie =
    choice !== null && (TIE_CHOICES as readonly string[]).includes(choice)
      ? known(`chair.tie.choice.${choice}`, choice)
      : (choice ?? '–');
  return {
    aggregation: known(`report.method.aggregation.${method.aggregation}`, method.aggregation),
    tie,
    normalisation: known(
      `report.method.normalisation.${method.normalisation}`,
      method.normalisation,
    ),
  };
}

/** The ranking's column headings, in order, for the spreadsheet and the CSV. */
export const RANKING_COLUMN_KEYS = [
  'report.col.rank',
  'report.col.applicationId',
  'report.col.application',
  'report.col.mean',
  'report.col.median',
  'report.col.sd',
  'report.col.range',
  'report.col.n',
  'report.col.finalist',
  'report.col.winner',
] as const;
