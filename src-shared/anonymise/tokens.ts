/**
 * What the anonymiser writes in place of what it removes. Swedish, because
 * jurors read Swedish applications; change the words here and nowhere else.
 * The applicant itself is replaced by its pseudonym ('Ansökan A').
 */
export const REDACTION_TOKENS = Object.freeze({
  municipality: '[kommun]',
  person: '[namn]',
  email: '[e-post]',
  phone: '[telefon]',
  web: '[webbadress]',
  orgNumber: '[organisationsnummer]',
  removed: '[borttaget]',
} as const satisfies Record<string, string>);

/** Appended to a token for the genitive: 'Ansökan A:s', '[kommun]:s'. */
export const GENITIVE_MARK = ':s';

/** Joins a token to the rest of a compound: 'Tallmoramodellen' → 'Ansökan A-modellen'. */
export const COMPOUND_MARK = '-';

/** What a replacement stood for, so that a UI can colour or filter them. */
export type RedactionKind =
  'applicant' | 'municipality' | 'person' | 'email' | 'phone' | 'web' | 'orgNumber' | 'extra';

/** The genitive form of a token or pseudonym. */
export function genitive(token: string): string {
  return token + GENITIVE_MARK;
}
