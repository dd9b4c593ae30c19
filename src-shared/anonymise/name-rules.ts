import {
  AMBIGUOUS_MUNICIPALITIES,
  AMBIGUOUS_WORD_STARTS,
  COMMON_WORD_MUNICIPALITIES,
  MUNICIPALITIES,
  MUNICIPALITY_ALIASES,
  NO_COMPOUND_MUNICIPALITIES,
} from './municipalities';
import { nameKey } from './text-scan';
import { REDACTION_TOKENS } from './tokens';

/**
 * Where a place name comes from decides how boldly it is matched:
 * - `applicant`: the application's own municipality;
 * - `round`: another applicant in the same round, or a name found next to a
 *   place cue such as 'Ängsholms kommun' or 'grannkommunen Orsmark';
 * - `confirmed`: an ambiguous municipality (Sala, Mark …) that the
 *   application has shown to be a place ('Sala kommun', 'i Mark');
 * - `list`: any of the 290 municipalities.
 */
export type NameScope = 'applicant' | 'round' | 'confirmed' | 'list';

/** How one place name is matched and what replaces it. */
export interface NameRule {
  /** The name as written, e.g. 'Tallmora', 'Upplands Väsby'. */
  readonly name: string;
  readonly kind: 'applicant' | 'municipality';
  readonly token: string;
  /** Also a common word or a person's name: a standalone mention needs context. */
  readonly ambiguous: boolean;
  /**
   * For ambiguous names known to be the place here (the applicant's own
   * name, or a name confirmed in the application): every capitalised
   * mention is replaced, wherever it stands.
   */
  readonly capitalAlways: boolean;
  /** For ambiguous names: also an ordinary word that opens sentences ('Mark och vatten'). */
  readonly commonWord: boolean;
  /**
   * For ambiguous names on the list: a capitalised mention right after
   * another capitalised word ('Anna Berg', 'Lisa Sala') may be a surname, so
   * it needs a cue.
   */
  readonly surnameGuard: boolean;
  /** 'Tallmoramodellen', 'Rättviksmodellen'. */
  readonly capitalCompounds: boolean;
  /** 'tallmorabor'. */
  readonly lowerCompounds: boolean;
  /** Lower-case words starting with the name that are never a compound of it ('marknad'). */
  readonly notCompounds: readonly string[];
  /** 'tallmora' on its own: only for invented names, which are no Swedish word. */
  readonly lowerStandalone: boolean;
  /** Whether a domain label must equal the name ('mark.se') or may contain it. */
  readonly domainMode: 'exact' | 'contains';
}

const OFFICIAL: ReadonlyMap<string, string> = new Map<string, string>([
  ...MUNICIPALITIES.map((n): [string, string] => [nameKey(n), n]),
  ...Object.entries(MUNICIPALITY_ALIASES).map(([alias, n]): [string, string] => [
    nameKey(alias),
    n,
  ]),
]);

const AMBIGUOUS = new Set(Object.keys(AMBIGUOUS_MUNICIPALITIES).map(nameKey));
const NO_COMPOUND = new Set(Object.keys(NO_COMPOUND_MUNICIPALITIES).map(nameKey));
const COMMON_WORDS = new Set(COMMON_WORD_MUNICIPALITIES.map(nameKey));
const WORD_STARTS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(AMBIGUOUS_WORD_STARTS).map(([n, w]): [string, readonly string[]] => [
    nameKey(n),
    w,
  ]),
);

/** The official short name for a municipality name or alias, if it is one. */
export function officialMunicipality(name: string): string | undefined {
  return OFFICIAL.get(nameKey(name));
}

/** Whether the name (not an alias) is on the ambiguous list. */
export function isAmbiguousMunicipality(name: string): boolean {
  return AMBIGUOUS.has(nameKey(name));
}

/** The official name together with the aliases that point to it. */
function withAliases(official: string): string[] {
  const aliases = Object.entries(MUNICIPALITY_ALIASES)
    .filter(([, n]) => n === official)
    .map(([alias]) => alias);
  return [official, ...aliases];
}

/**
 * The bare place names an applicant goes by: 'Tallmora kommun' → Tallmora,
 * 'Rättviks kommun' → Rättvik, 'Region Gotland' → Gotland, 'Falu kommun' →
 * Falun and Falu. An invented name ending in s, such as 'Ljungås kommun', is
 * ambiguous (is the s a genitive?), so both forms are returned.
 */
export function applicantBaseNames(applicant: string): string[] {
  let core = applicant.trim().replace(/\s+/gu, ' ');
  const region = /^region\s+(.+)$/iu.exec(core);
  if (region?.[1] !== undefined) core = region[1];
  const suffixed = /^(.+?)\s+(?:kommun|stad)$/iu.exec(core);
  if (suffixed?.[1] !== undefined) core = suffixed[1];
  const official = officialMunicipality(core);
  if (official !== undefined) return withAliases(official);
  const endsInS = /[^s]s$/iu.test(core) && core.length > 3;
  const stripped = endsInS ? core.slice(0, -1) : core;
  const officialStripped = officialMunicipality(stripped);
  if (officialStripped !== undefined) return withAliases(officialStripped);
  if (core === '') return [];
  return endsInS && suffixed !== null ? [core, stripped] : [core];
}

/**
 * Builds the matching policy for one name in one scope.
 *
 * Ambiguous names (see AMBIGUOUS_MUNICIPALITIES) are never matched in lower
 * case, so 'vara', 'mark' and 'ale' always survive. With a capital:
 * - the applicant's own name and names confirmed in the application are
 *   replaced everywhere, compounds included ('Salamodellen'), except the
 *   ordinary words in AMBIGUOUS_WORD_STARTS. For the applicant this holds
 *   even for 'Vara delaktig …' at a sentence start: naming the applicant is
 *   worse than an odd sentence;
 * - other names are replaced with a place cue, mid-sentence (unless they may
 *   be a surname), or at a sentence start unless they are an ordinary word
 *   (COMMON_WORD_MUNICIPALITIES). What is left the leak check reports.
 */
export function makeNameRule(name: string, scope: NameScope, token: string): NameRule {
  const key = nameKey(name);
  const official = officialMunicipality(name) !== undefined;
  const ambiguous = official && AMBIGUOUS.has(key);
  const known = scope === 'applicant' || scope === 'confirmed';
  const compounds = !NO_COMPOUND.has(key) && (!ambiguous || known);
  // With 290 names, short ones collide with ordinary lower-case words.
  const longEnough = [...name].length >= 5;
  return {
    name,
    kind: scope === 'applicant' ? 'applicant' : 'municipality',
    token,
    ambiguous,
    capitalAlways: ambiguous && known,
    commonWord: ambiguous && COMMON_WORDS.has(key),
    surnameGuard: scope === 'list',
    capitalCompounds: compounds,
    lowerCompounds: compounds && !ambiguous && (scope !== 'list' || longEnough),
    notCompounds: WORD_STARTS.get(key) ?? [],
    lowerStandalone: (scope === 'applicant' || scope === 'round') && !official,
    domainMode:
      scope === 'list' || scope === 'confirmed' || [...name].length < 4 ? 'exact' : 'contains',
  };
}

/** Rules for all 290 municipalities and their aliases. */
export function listRules(): NameRule[] {
  const names = [...MUNICIPALITIES, ...Object.keys(MUNICIPALITY_ALIASES)];
  return names.map((n) => makeNameRule(n, 'list', REDACTION_TOKENS.municipality));
}
