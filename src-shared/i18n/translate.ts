import { sv, type MessageKey } from './sv';
import { en } from './en';
import type { Language } from './languages';

export type { MessageKey } from './sv';
export type Params = Readonly<Record<string, string | number>>;

const catalogues: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { sv, en };

/** All keys, for completeness tests and tooling. */
export const messageKeys = Object.keys(sv) as MessageKey[];

/** Look up the raw catalogue for a language. */
export function catalogue(language: Language): Readonly<Record<MessageKey, string>> {
  return catalogues[language];
}

/**
 * Translate a key, filling {placeholders}. Numbers are formatted for the
 * language. A placeholder without a value is left visible so it is caught.
 */
export function translate(language: Language, key: MessageKey, params: Params = {}): string {
  const template = catalogues[language][key];
  const locale = language === 'sv' ? 'sv-SE' : 'en-GB';
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}
