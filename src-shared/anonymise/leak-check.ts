import { AMBIGUOUS_MUNICIPALITIES, AMBIGUOUS_WORD_STARTS } from './municipalities';
import { PSEUDONYM_PREFIX } from './pseudonyms';
import { endsWithSibilant, isCapitalised, isSentenceStart } from './text-scan';

/*
 * A second look at a redacted text, for the organiser: words that may still
 * name a place or a person. It does not change the text. It reports
 * - capitalised words inside a sentence (Swedish capitalises little else
 *   than names: months, weekdays and nationalities are lower-case), unless
 *   they are on the allow-list or are acronyms and product names;
 * - capitalised words with a typical place-name ending ('Kallbäcken' does
 *   not, 'Storviken' does), even at the start of a sentence;
 * - capitalised municipality names that are also ordinary words or names
 *   (Vara, Mark, Sala …), with a genitive or as the start of a compound
 *   ('Marks', 'Salamodellen'), even at the start of a sentence: the
 *   anonymiser leaves 'Vara delaktig …' alone without a place cue, so the
 *   organiser must see it. Ordinary words listed in AMBIGUOUS_WORD_STARTS
 *   ('Marknaden', 'Årets') are not reported.
 * Redaction tokens and pseudonyms are skipped.
 */

/** Why a word was reported. */
export type LeakReason = 'capitalised' | 'place-suffix' | 'ambiguous-place';

/** A word in the redacted text that may identify the applicant. */
export interface LeakFinding {
  readonly word: string;
  /** Index of the word in the redacted text. */
  readonly index: number;
  readonly reason: LeakReason;
}

export interface LeakCheckOptions {
  /** More words to accept, e.g. the award's own name or known partners. */
  readonly allow?: readonly string[] | undefined;
}

/** Capitalised words that are normal in applications and name no municipality. */
export const LEAK_ALLOW_LIST: readonly string[] = Object.freeze([
  // Country, organisations and public bodies named in award applications.
  ...['Sverige', 'Sveriges', 'Norden', 'Europa', 'Region', 'Kommuner', 'Regioner', 'Svenska'],
  ...['Vitalis', 'Funktionsrätt', 'Vårdförbundet', 'Myndigheten', 'Socialstyrelsen', 'Inera'],
  ...['Vårdguiden', 'Arbetsförmedlingen', 'Försäkringskassan', 'Skatteverket', 'Digg'],
  ...['Folkhälsomyndigheten', 'Riksdagen', 'Regeringen', 'Kommunal', 'Vision', 'Covid'],
  // Common software and services.
  ...['Microsoft', 'Teams', 'Zoom', 'Google', 'Apple', 'Android', 'Windows', 'Excel', 'Freja'],
  // The LIKA areas and criteria, often capitalised as headings.
  ...['Ledning', 'Infrastruktur', 'Kompetens', 'Användning', 'Inflytande', 'Delaktighet'],
  // Words that open a clause after a colon or in a list item.
  ...['Alla', 'Att', 'De', 'Den', 'Det', 'Detta', 'Dessa', 'En', 'Ett', 'Vi', 'Jag', 'Vår'],
  ...['Våra', 'Vid', 'Genom', 'Med', 'För', 'Från', 'Till', 'Inom', 'Under', 'Efter', 'Sedan'],
  ...['Samtliga', 'Flera', 'Många', 'Några', 'Även', 'Också', 'Som', 'När', 'Där', 'Här', 'Hur'],
  ...['Vad', 'Varje', 'Inte', 'Ingen', 'På', 'Av', 'Om', 'Men', 'Och', 'Eller', 'Nu', 'Nya'],
  ...['Nästa', 'Första', 'Totalt', 'Cirka', 'Drygt', 'Knappt', 'Bland', 'Både', 'Enligt'],
  ...['Kommunen', 'Kommunens', 'Förvaltningen', 'Nämnden', 'Målet', 'Syftet', 'Resultatet'],
  PSEUDONYM_PREFIX,
]);

/** Endings of Swedish place names, bare and definite ('-vik', '-viken'). */
export const PLACE_SUFFIXES: readonly string[] = Object.freeze([
  ...['by', 'byn', 'sund', 'sundet', 'köping', 'hamn', 'hamnen', 'berg', 'berget', 'ås', 'åsen'],
  ...['vik', 'viken', 'torp', 'torpet', 'fors', 'forsen', 'holm', 'holmen', 'stad', 'staden'],
  ...['dal', 'dalen', 'näs', 'näset', 'ryd', 'hult', 'bo', 'ö', 'ön'],
]);

/** Ordinary words with a place-like ending ('Arbetsmiljö', 'Månadslön', 'Hobby'). */
const SUFFIX_EXCEPTIONS = ['miljö', 'miljön', 'lön', 'kön', 'grön', 'bön', 'snö', 'frö'];
const SUFFIX_EXCEPTION_WORDS = new Set(['hobby', 'lobby', 'baby', 'sambo', 'skandal', 'pedal']);

const WORD = /(?<![\p{L}\p{N}])\p{L}+/gu;
const TOKEN = /\[[^\]\n]{1,40}\]/gu;
const PSEUDONYM = new RegExp(`${PSEUDONYM_PREFIX} [A-Z]{1,6}(?![\\p{L}\\p{N}])`, 'gu');

function placeSuffix(word: string): boolean {
  const lower = word.toLowerCase();
  const forms = lower.endsWith('s') ? [lower, lower.slice(0, -1)] : [lower];
  return forms.some((f) => {
    if (SUFFIX_EXCEPTION_WORDS.has(f) || SUFFIX_EXCEPTIONS.some((e) => f.endsWith(e))) return false;
    return PLACE_SUFFIXES.some((s) => f.length >= s.length + 2 && f.endsWith(s));
  });
}

const AMBIGUOUS_NAMES = Object.keys(AMBIGUOUS_MUNICIPALITIES).map((name) => ({
  lower: name.toLowerCase(),
  genitive: endsWithSibilant(name) ? undefined : `${name.toLowerCase()}s`,
  notCompounds: AMBIGUOUS_WORD_STARTS[name] ?? [],
}));

/** 'Mark', 'Marks', 'Markmodellen', but not 'Marknaden' or 'Markus'. */
function ambiguousPlace(word: string): boolean {
  const lower = word.toLowerCase();
  return AMBIGUOUS_NAMES.some((n) => {
    if (lower === n.lower || lower === n.genitive) return true;
    if (!lower.startsWith(n.lower) || lower.length < n.lower.length + 2) return false;
    return !n.notCompounds.some((w) => lower.startsWith(w));
  });
}

/** Mixed-case product names ('BankID') and acronyms ('SKR', 'LSS') are not reported. */
function looksLikeName(word: string): boolean {
  if (!isCapitalised(word) || word.toUpperCase() === word) return false;
  return !/\p{Ll}\p{Lu}/u.test(word);
}

/** Lists words in a redacted text that may still identify the applicant. */
export function leakCheck(redactedText: string, options?: LeakCheckOptions): LeakFinding[] {
  const allow = new Set([...LEAK_ALLOW_LIST, ...(options?.allow ?? [])]);
  const skip = new Uint8Array(redactedText.length);
  for (const re of [TOKEN, PSEUDONYM]) {
    for (const m of redactedText.matchAll(re)) skip.fill(1, m.index, m.index + m[0].length);
  }
  const findings: LeakFinding[] = [];
  for (const m of redactedText.matchAll(WORD)) {
    const word = m[0];
    if (skip[m.index] === 1 || !looksLikeName(word)) continue;
    const allowed = allow.has(word) || (word.endsWith('s') && allow.has(word.slice(0, -1)));
    if (allowed) continue;
    if (ambiguousPlace(word)) {
      findings.push({ word, index: m.index, reason: 'ambiguous-place' });
    } else if (placeSuffix(word)) {
      findings.push({ word, index: m.index, reason: 'place-suffix' });
    } else if (!isSentenceStart(redactedText, m.index)) {
      findings.push({ word, index: m.index, reason: 'capitalised' });
    }
  }
  return findings;
}
