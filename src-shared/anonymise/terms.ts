import { strictAssert } from '../assert';
import type { NameMatcher } from './name-match';
import { compileNameMatcher } from './name-match';
import type { NameRule } from './name-rules';
import { applicantBaseNames, listRules, makeNameRule } from './name-rules';
import type { Literal } from './patterns';
import { compileLiteral } from './patterns';
import type { PeopleMatcher } from './people';
import { compilePeople } from './people';
import { escapeRegExp, nameKey, phraseSource } from './text-scan';
import { COMPOUND_MARK, GENITIVE_MARK, REDACTION_TOKENS } from './tokens';

/** Everything the anonymiser must know about one application. */
export interface TermsInput {
  /** The applicant as written, e.g. 'Tallmora kommun', 'Borås stad', 'Region Gotland'. */
  readonly applicant: string;
  /** Replaces the applicant's name, e.g. 'Ansökan A'. */
  readonly pseudonym: string;
  readonly contacts?:
    | readonly { readonly name: string; readonly email: string; readonly phone: string }[]
    | undefined;
  /** The other applicants in the round, matched as boldly as the applicant. */
  readonly otherApplicants?: readonly string[] | undefined;
  /** Added by the organiser: replaced by '[borttaget]' in any case, with a genitive. */
  readonly extraTerms?: readonly string[] | undefined;
  /** Never replaced, nor anything that overlaps them (see anonymise.ts). */
  readonly removedTerms?: readonly string[] | undefined;
}

/** Compiled matchers for one application; build once, use for every section. */
export interface AnonymiseTerms {
  readonly pseudonym: string;
  readonly applicant: NameMatcher;
  readonly round: NameMatcher;
  readonly list: NameMatcher;
  /** Names found by context in this application ('Ängsholms kommun'). */
  readonly discovered: NameMatcher | undefined;
  /** Ambiguous municipalities shown to be places in this application ('Sala kommun'). */
  readonly confirmed: NameMatcher | undefined;
  readonly people: PeopleMatcher;
  readonly literals: readonly Literal[];
  readonly extra: RegExp | undefined;
  /** The extra terms, sticky, for the rest of a compound. */
  readonly extraAt: RegExp | undefined;
  readonly removed: RegExp | undefined;
  /** Tokens already in the text, so that running twice changes nothing. */
  readonly protectedTokens: RegExp;
}

let listMatcher: NameMatcher | undefined;
// The round's names are the same for every application in it: compile once.
let roundCache: { key: string; matcher: NameMatcher } | undefined;

function getListMatcher(): NameMatcher {
  listMatcher ??= compileNameMatcher(listRules());
  return listMatcher;
}

function getRoundMatcher(names: readonly string[]): NameMatcher {
  const key = names.join('\u0000');
  if (roundCache?.key !== key) {
    const rules = names.map((n) => makeNameRule(n, 'round', REDACTION_TOKENS.municipality));
    roundCache = { key, matcher: compileNameMatcher(rules) };
  }
  return roundCache.matcher;
}

/** A case-insensitive regex for whole-word terms with an optional genitive. */
function termRegex(terms: readonly string[] | undefined, sticky = false): RegExp | undefined {
  const clean = [...new Set((terms ?? []).map((t) => t.trim()).filter((t) => [...t].length >= 2))];
  if (clean.length === 0) return undefined;
  const alternation = clean
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join('|');
  const body = `(?:${alternation})((?::?s)?)(?![\\p{L}\\p{N}])`;
  return sticky ? new RegExp(body, 'iuy') : new RegExp(`(?<![\\p{L}\\p{N}])${body}`, 'giu');
}

function protectedRegex(pseudonym: string): RegExp {
  const tokens = [pseudonym, ...Object.values(REDACTION_TOKENS)]
    .filter((t) => t.trim() !== '')
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const suffix = `(?:${escapeRegExp(GENITIVE_MARK)}|${escapeRegExp(COMPOUND_MARK)})?`;
  return new RegExp(`(?:${tokens.join('|')})${suffix}`, 'gu');
}

function baseNamesOf(applicants: readonly string[]): string[] {
  return [...new Set(applicants.flatMap(applicantBaseNames))];
}

/** Compiles the terms for one application. */
export function compileTerms(input: TermsInput): AnonymiseTerms {
  strictAssert(input.pseudonym.trim() !== '', 'a pseudonym is needed to replace the applicant');
  const own = baseNamesOf([input.applicant]);
  const ownKeys = new Set(own.map(nameKey));
  const others = baseNamesOf(input.otherApplicants ?? []).filter((n) => !ownKeys.has(nameKey(n)));
  const ownRules: NameRule[] = own.map((n) => makeNameRule(n, 'applicant', input.pseudonym));
  const contacts = input.contacts ?? [];
  const literals = contacts.flatMap((c) => [
    compileLiteral(c.email, 'email'),
    compileLiteral(c.phone, 'phone'),
  ]);
  return {
    pseudonym: input.pseudonym,
    applicant: compileNameMatcher(ownRules),
    round: getRoundMatcher(others),
    list: getListMatcher(),
    discovered: undefined,
    confirmed: undefined,
    people: compilePeople(contacts.map((c) => c.name)),
    literals: literals.filter((l): l is Literal => l !== undefined),
    extra: termRegex(input.extraTerms),
    extraAt: termRegex(input.extraTerms, true),
    removed: termRegex(input.removedTerms),
    protectedTokens: protectedRegex(input.pseudonym),
  };
}

/** Whether a place name is already covered by one of the matchers. */
export function isKnownName(terms: AnonymiseTerms, key: string): boolean {
  return (
    terms.applicant.rules.has(key) ||
    terms.round.rules.has(key) ||
    terms.list.rules.has(key) ||
    terms.discovered?.rules.has(key) === true ||
    terms.confirmed?.rules.has(key) === true
  );
}

/** The same terms with extra place names found by context. */
export function withDiscoveredNames(
  terms: AnonymiseTerms,
  names: readonly string[],
): AnonymiseTerms {
  if (names.length === 0) return terms;
  const previous = terms.discovered === undefined ? [] : [...terms.discovered.rules.values()];
  const rules = [
    ...previous,
    ...names.map((n) => makeNameRule(n, 'round', REDACTION_TOKENS.municipality)),
  ];
  return { ...terms, discovered: compileNameMatcher(rules) };
}

/**
 * The same terms with ambiguous municipalities that the application shows to
 * be places ('Sala kommun', 'i Mark'): from now on every capitalised mention
 * of them is replaced, compounds included.
 */
export function withConfirmedPlaces(
  terms: AnonymiseTerms,
  names: readonly string[],
): AnonymiseTerms {
  const fresh = names.filter((n) => terms.confirmed?.rules.has(nameKey(n)) !== true);
  if (fresh.length === 0) return terms;
  const previous = terms.confirmed === undefined ? [] : [...terms.confirmed.rules.values()];
  const rules = [
    ...previous,
    ...fresh.map((n) => makeNameRule(n, 'confirmed', REDACTION_TOKENS.municipality)),
  ];
  return { ...terms, confirmed: compileNameMatcher(rules) };
}
