import type { JurorApplication } from '../../../src-shared/juror';
import type { ScoreIssue } from '../../../src-shared/exchange';
import type { MessageKey, Params } from '../../../src-shared/i18n/translate';

type T = (key: MessageKey, params?: Params) => string;

/** How an application is named in this phase: its pseudonym, or the applicant with it. */
export function appLabel(t: T, app: JurorApplication): string {
  return app.anonymised
    ? app.pseudonym
    : t('juror.app.named', { applicant: app.applicant, pseudonym: app.pseudonym });
}

const FACT_KEYS: Readonly<Record<string, MessageKey>> = {
  population: 'juror.fact.population',
  region: 'juror.fact.region',
  county: 'juror.fact.county',
  municipalityGroup: 'juror.fact.municipalityGroup',
};

/** A fact's label: translated for the known facts, as written for the rest. */
export function factLabel(t: T, key: string): string {
  const known = Object.hasOwn(FACT_KEYS, key) ? FACT_KEYS[key] : undefined;
  return known === undefined ? key : t(known);
}

/** A fact's value, with numbers grouped the Swedish way. */
export function factValue(value: string | number, language: string): string {
  return typeof value === 'number'
    ? new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB').format(value)
    : value;
}

/** A list joined the way the UI language writes lists ("A, B och C" / "A, B and C"). */
export function listText(items: readonly string[], language: string): string {
  return new Intl.ListFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    style: 'long',
    type: 'conjunction',
  }).format(items);
}

/** A score problem in words, naming the application (as labelled here) and the criterion. */
export function issueText(
  t: T,
  issue: ScoreIssue,
  labelOf: (applicationId: string) => string,
  criterionName: (key: string) => string,
): string {
  return t(`juror.export.issue.${issue.code}`, {
    application: labelOf(issue.applicationId),
    criterion: issue.criterion === undefined ? '' : criterionName(issue.criterion),
  });
}
