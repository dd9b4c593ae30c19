import type { NameRule } from './name-rules';
import type { Candidate, Span } from './spans';
import {
  asciiFold,
  endsWithSibilant,
  endsWithVowel,
  isCapitalised,
  isDigit,
  isLetter,
  isLowerInitial,
  isClauseStart,
  isSentenceStart,
  nameKey,
  phraseSource,
  wordAfter,
  wordBefore,
} from './text-scan';
import { COMPOUND_MARK, REDACTION_TOKENS, genitive } from './tokens';

/*
 * Place-name matching. One regex finds every listed name at a word start
 * together with the letters that follow it; the code then decides whether
 * the hit is the bare name, a genitive, a compound or a hyphenated compound,
 * and whether the policy in its NameRule allows replacing it.
 *
 * The rule for ambiguous names (Vara, Mark, Ale, Sala …): never lower-case.
 * A capitalised standalone mention is replaced
 * - always, for the applicant's own name and for names already confirmed in
 *   the application (see `NameRule.capitalAlways`);
 * - with a place cue:
 *   - a following 'kommun', 'kommuns', 'kommuner', 'stad' ('Marks kommun');
 *   - a preceding preposition, place noun or visit ('i Ale', 'grannkommunen
 *     Ale', 'besökte Bjuv');
 *   - 'Region' before it;
 * - mid-sentence ('Ett bra exempel är Ale'), unless it follows another
 *   capitalised word and may be a surname ('Anna Berg');
 * - at the start of a sentence or clause, unless the name is also an
 *   ordinary word there ('Mark och vatten', 'Vara delaktig'); 'Åre är
 *   populärt' is the place;
 * - when listed next to a confirmed place ('Ale och Kungälv', 'Bjuv/Tibro');
 *   that check needs every other hit, so such hits are returned as
 *   `pending`.
 * A hit on an ambiguous list name that is not pending names the place in
 * this application (`confirms`), and the anonymiser then replaces every
 * capitalised mention of it (see anonymise.ts).
 */

/** A place-name hit; `pending` hits still need a neighbouring place. */
export interface NameHit extends Candidate {
  readonly pending: boolean;
  /**
   * For a compound, the rest of the word ('modellen' in
   * 'Tallmoramodellen'). The replacement puts a hyphen there, which makes it
   * a word start, so the caller looks for names there at once; a chain such
   * as 'tallmorasjöbacka' would otherwise need one extra pass per link.
   */
  readonly rest?: Span;
  /** For an ambiguous name not yet known to be the place here: the name. */
  readonly confirms?: string;
}

/** Compiled regex and domain labels for a set of name rules. */
export interface NameMatcher {
  readonly names: RegExp;
  /** The same names, sticky and without the word-start check, for compound rests. */
  readonly namesAt: RegExp;
  /** ASCII domain labels that must equal a label of the domain ('mark' in mark.se). */
  readonly exactLabels: ReadonlySet<string>;
  /** ASCII labels that may be part of a domain label ('tallmora' in tallmora-omsorg.se). */
  readonly containedLabels: readonly string[];
  readonly rules: ReadonlyMap<string, NameRule>;
}

/** Cue words after a name that are swallowed into the replacement. */
const CONSUMED_CUES = new Set(['kommun', 'kommuns', 'stad', 'stads']);
const FOLLOWING_CUES = new Set([...CONSUMED_CUES, 'kommuner', 'kommunerna']);
const PRECEDING_CUES = new Set([
  'i',
  'från',
  'till',
  'utanför',
  'nära',
  'kring',
  'runt',
  'grannkommun',
  'grannkommunen',
  'grannkommunerna',
  'kommunerna',
  'orten',
  'tätorten',
  'centralorten',
  'staden',
  'besök',
  'besöka',
  'besöker',
  'besökte',
  'besökt',
]);
const REGION_BEFORE = /(?:^|[^\p{L}\p{N}])Region[ \u00a0]+$/u;
/**
 * A bare domain such as 'tallmora.se', 'intranat.tallmora.se/omsorg' or
 * '@tallmora.se'. After an '@' it matches whatever precedes it, so that what
 * is left of a malformed address is still caught.
 */
const DOMAIN =
  /(?:@|(?<![\p{L}\p{N}.@/-]))((?:[\p{L}\p{N}-]+\.)+)(?:se|nu|com|org|net|eu)(?:\/[^\s<>"'()[\]{}]*)?(?![\p{L}\p{N}])/giu;

function byLengthDesc(a: string, b: string): number {
  return b.length - a.length || a.localeCompare(b);
}

/** The ASCII domain labels of a name: 'Upplands Väsby' → upplandsvasby, upplands-vasby. */
function domainLabels(name: string): string[] {
  const folded = asciiFold(name.trim());
  return [...new Set([folded.replace(/\s+/gu, ''), folded.replace(/\s+/gu, '-')])];
}

/** Compiles the rules into one name regex and one domain regex. */
export function compileNameMatcher(rules: readonly NameRule[]): NameMatcher {
  const map = new Map<string, NameRule>();
  for (const r of rules) if (r.name.trim() !== '') map.set(nameKey(r.name), r);
  const names = [...map.values()].map((r) => r.name.trim()).sort(byLengthDesc);
  const alternation = names.length > 0 ? names.map(phraseSource).join('|') : '(?!)';
  const exactLabels = new Set<string>();
  const containedLabels = new Set<string>();
  for (const r of map.values()) {
    for (const l of domainLabels(r.name)) {
      (r.domainMode === 'exact' ? exactLabels : containedLabels).add(l);
    }
  }
  return {
    names: new RegExp(`(?<![\\p{L}\\p{N}])(${alternation})(\\p{L}*)`, 'giu'),
    namesAt: new RegExp(`(${alternation})`, 'iuy'),
    exactLabels,
    containedLabels: [...containedLabels],
    rules: map,
  };
}

/**
 * Finds place names. Names whose key is in
 * `skip` are left to a matcher with higher precedence.
 */
export function findNameHits(
  text: string,
  matcher: NameMatcher,
  skip?: { has(key: string): boolean },
): NameHit[] {
  const hits: NameHit[] = [];
  for (const m of text.matchAll(matcher.names)) {
    const nameText = m[1] ?? '';
    const key = nameKey(nameText);
    const rule = matcher.rules.get(key);
    if (rule === undefined || skip?.has(key) === true) continue;
    const hit = classify(text, m.index, nameText, m[2] ?? '', rule);
    if (hit !== undefined) hits.push(hit);
  }
  return hits;
}

const LETTERS_AT = /\p{L}*/uy;

/**
 * A place name at the start of the rest of a compound. The rest's end is
 * known, so that a long chain of compounds costs no more than one scan.
 */
export function findNameHitAt(
  text: string,
  rest: Span,
  matcher: NameMatcher,
  skip?: { has(key: string): boolean },
): NameHit | undefined {
  // Sticky regexes are stateful; each is set right before its only use.
  const re = matcher.namesAt;
  re.lastIndex = rest.start;
  const m = re.exec(text);
  if (m === null) return undefined;
  const nameText = m[1] ?? '';
  const key = nameKey(nameText);
  const rule = matcher.rules.get(key);
  if (rule === undefined || skip?.has(key) === true) return undefined;
  const nameEnd = rest.start + nameText.length;
  let restAll = text.slice(nameEnd, rest.end);
  if (nameEnd > rest.end) {
    // A two-word name runs past the word: read the letters after it.
    LETTERS_AT.lastIndex = nameEnd;
    restAll = LETTERS_AT.exec(text)?.[0] ?? '';
  }
  return classify(text, rest.start, nameText, restAll, rule);
}

function labelMatches(label: string, matchers: readonly NameMatcher[]): boolean {
  const bare = label.replace(/-?(?:kommun|stad)$/u, '');
  return matchers.some(
    (m) =>
      m.exactLabels.has(label) ||
      m.exactLabels.has(bare) ||
      m.containedLabels.some((c) => label.includes(c)),
  );
}

/** Finds web and e-mail domains that contain one of the matchers' names. */
export function findDomainHits(text: string, matchers: readonly NameMatcher[]): NameHit[] {
  const hits: NameHit[] = [];
  for (const m of text.matchAll(DOMAIN)) {
    const labels = asciiFold(m[1] ?? '').split('.');
    if (!labels.some((l) => l !== '' && labelMatches(l, matchers))) continue;
    const value = m[0].replace(/[.,;:!?]+$/u, '');
    const isMail = value.startsWith('@');
    hits.push({
      start: m.index,
      end: m.index + value.length,
      to: isMail ? REDACTION_TOKENS.email : REDACTION_TOKENS.web,
      kind: isMail ? 'email' : 'web',
      pending: false,
    });
  }
  return hits;
}

function classify(
  text: string,
  start: number,
  nameText: string,
  restAll: string,
  rule: NameRule,
): NameHit | undefined {
  const end = start + nameText.length;
  if (isDigit(text.charAt(end + restAll.length))) return undefined;
  const sibilant = endsWithSibilant(rule.name);
  if (restAll === '') return standalone(text, start, end, false, nameText, rule);
  if (!sibilant && restAll.toLowerCase() === 's') {
    return standalone(text, start, end + 1, true, nameText, rule);
  }
  // A linking s belongs to the name only after a consonant: 'Rättviksmodellen'.
  const link = !sibilant && !endsWithVowel(rule.name) && /^s/iu.test(restAll) ? 1 : 0;
  // CamelCase ('TallmoraOrsmark') is no Swedish compound.
  if (restAll.length - link < 2 || !isLowerInitial(restAll.slice(link))) return undefined;
  const allowed = isCapitalised(nameText)
    ? rule.capitalCompounds && capitalCompound(nameText + restAll, rule)
    : isLowerInitial(nameText) && rule.lowerCompounds;
  if (!allowed) return undefined;
  const to = rule.token + COMPOUND_MARK;
  const rest = { start: end + link, end: end + restAll.length };
  return { start, end: end + link, to, kind: rule.kind, pending: false, rest };
}

/**
 * Whether a capitalised word starting with the name is a compound of it:
 * not one of the ordinary words listed for it ('Marknaden', 'Årets').
 * Ambiguous names form compounds only where they are known to be the place
 * (see makeNameRule), so an unlisted word that opens a sentence
 * ('Markarbeten') may be replaced there: naming the place would be worse.
 */
function capitalCompound(word: string, rule: NameRule): boolean {
  const lower = word.toLowerCase();
  return !rule.notCompounds.some((w) => lower.startsWith(w));
}

/** A capitalised word right before, itself mid-sentence: 'Anna' in 'med Anna Berg'. */
function followsName(text: string, start: number): boolean {
  const previous = wordBefore(text, start);
  if (previous === '' || !isCapitalised(previous) || previous.toUpperCase() === previous) {
    return false;
  }
  return !isSentenceStart(text, text.lastIndexOf(previous, start - 1));
}

function standalone(
  text: string,
  start: number,
  end: number,
  isGenitive: boolean,
  nameText: string,
  rule: NameRule,
): NameHit | undefined {
  const capital = isCapitalised(nameText);
  if (!capital && !rule.lowerStandalone) return undefined;
  const base = { kind: rule.kind, pending: false };
  if (text.charAt(end) === '-') {
    const after = text.charAt(end + 1);
    // 'Tallmora-appen'; for ambiguous names only 'Vara-modellen', never
    // 'Lund-Nilsson' (a double surname) or 'Mark- och miljödomstolen'.
    if (isLetter(after) ? rule.ambiguous && !isLowerInitial(after) : rule.ambiguous) {
      return undefined;
    }
    return { ...base, start, end, to: rule.token };
  }
  let from = start;
  let to = end;
  let gen = isGenitive;
  let cue = false;
  const following = wordAfter(text, end);
  const next = following.word.toLowerCase();
  if (CONSUMED_CUES.has(next)) {
    to = following.end;
    gen = next.endsWith('s');
    cue = true;
  } else if (FOLLOWING_CUES.has(next)) {
    cue = true;
  }
  const region = REGION_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  if (region !== null) {
    from = start - region[0].replace(/^[^R]*/u, '').length;
    cue = true;
  }
  if (PRECEDING_CUES.has(wordBefore(text, from).toLowerCase())) cue = true;
  const hit: NameHit = {
    ...base,
    start: from,
    end: to,
    to: gen ? genitive(rule.token) : rule.token,
  };
  if (!rule.ambiguous || rule.capitalAlways) return hit;
  const confirmed = { ...hit, confirms: rule.name };
  if (cue) return confirmed;
  if (!isClauseStart(text, start)) {
    if (!(rule.surnameGuard && followsName(text, from))) return confirmed;
  } else if (!rule.commonWord) {
    return confirmed;
  }
  return { ...confirmed, pending: true };
}
