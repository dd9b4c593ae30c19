import type { Application } from '../domain/round';
import { discoverPlaceNames } from './discover';
import type { NameHit } from './name-match';
import { findLiteralHits, findPatternHits } from './patterns';
import { findPersonHits } from './people';
import { findExtraHits, findPlaceHits } from './place-hits';
import type { Candidate, Replacement, Span } from './spans';
import { applyReplacements, resolveOverlaps } from './spans';
import type { AnonymiseTerms } from './terms';
import { compileTerms, isKnownName, withConfirmedPlaces, withDiscoveredNames } from './terms';
import type { RedactionKind } from './tokens';
import { REDACTION_TOKENS } from './tokens';

/** A redacted text and what was replaced in it. */
export interface RedactedText {
  readonly text: string;
  readonly replacements: readonly Replacement[];
}

/** Options for anonymising one application. */
export interface AnonymiseOptions {
  /** Replaces the applicant's name, e.g. 'Ansökan A' (see pseudonyms.ts). */
  readonly pseudonym: string;
  /** Added by the organiser by hand; replaced by '[borttaget]'. */
  readonly extraTerms?: readonly string[] | undefined;
  /** Terms the organiser says must not be replaced. */
  readonly removedTerms?: readonly string[] | undefined;
  /** The other applicants in the round. */
  readonly otherApplicants?: readonly string[] | undefined;
}

/** A replacement in one section's title or text. */
export interface SectionReplacement extends Replacement {
  readonly sectionIndex: number;
  readonly field: 'title' | 'text';
}

/** The reading copy of one application for an anonymised phase. */
export interface AnonymisedApplication {
  readonly sections: readonly { readonly title: string; readonly text: string }[];
  readonly replacements: readonly SectionReplacement[];
}

/** Kinds matched by name, which a removed term overrides even in part. */
const NAME_KINDS: ReadonlySet<RedactionKind> = new Set([
  'applicant',
  'municipality',
  'person',
  'extra',
]);
/** Between two places in a list: 'Ale och Kungälv', 'Kungälv, Ale'. */
const NEIGHBOUR_GAP = /^[ \u00a0]*(?:,|och|samt|eller|\/|&)[ \u00a0]*$/u;

function spansOf(text: string, regex: RegExp | undefined): Span[] {
  if (regex === undefined) return [];
  return [...text.matchAll(regex)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function mask(length: number, spans: readonly Span[]): Uint8Array {
  const m = new Uint8Array(length);
  for (const s of spans) m.fill(1, s.start, s.end);
  return m;
}

function anyIn(m: Uint8Array, s: Span): boolean {
  for (let i = s.start; i < s.end; i++) if (m[i] === 1) return true;
  return false;
}

function allIn(m: Uint8Array, s: Span): boolean {
  for (let i = s.start; i < s.end; i++) if (m[i] !== 1) return false;
  return true;
}

/** The longest gap between two listed places (', och ', ' samt '). */
const MAX_GAP = 12;

function indexBy(hits: readonly NameHit[], key: (h: NameHit) => number): Map<number, NameHit[]> {
  const map = new Map<number, NameHit[]>();
  for (const h of hits) map.set(key(h), [...(map.get(key(h)) ?? []), h]);
  return map;
}

/**
 * Ambiguous names count as places when listed next to a confirmed place,
 * and then confirm their own neighbours in turn ('Kungälv, Ale och Kil').
 * A work list keeps this linear even for a long list of names.
 */
function confirmNeighbours(
  text: string,
  pending: readonly NameHit[],
  places: readonly Span[],
): NameHit[] {
  const byStart = indexBy(pending, (h) => h.start);
  const byEnd = indexBy(pending, (h) => h.end);
  const confirmed = new Set<NameHit>();
  const work: Span[] = [...places];
  const consider = (hit: NameHit, gapStart: number, gapEnd: number): void => {
    if (confirmed.has(hit) || !NEIGHBOUR_GAP.test(text.slice(gapStart, gapEnd))) return;
    confirmed.add(hit);
    work.push(hit);
  };
  for (let place = work.pop(); place !== undefined; place = work.pop()) {
    for (let gap = 0; gap <= MAX_GAP; gap++) {
      for (const hit of byStart.get(place.end + gap) ?? []) consider(hit, place.end, hit.start);
      for (const hit of byEnd.get(place.start - gap) ?? []) consider(hit, hit.end, place.start);
    }
  }
  return [...confirmed];
}

/** The replacements for one pass, and the ambiguous names they show to be places. */
interface Pick {
  readonly chosen: Candidate[];
  readonly confirmed: string[];
}

/** Adds names found by context ('Ängsholms kommun') to the terms. */
function withContext(text: string, terms: AnonymiseTerms): AnonymiseTerms {
  return withDiscoveredNames(
    terms,
    discoverPlaceNames(text, (key) => isKnownName(terms, key)),
  );
}

function pick(text: string, baseTerms: AnonymiseTerms): Pick {
  const terms = withContext(text, baseTerms);
  const protectedMask = mask(text.length, spansOf(text, terms.protectedTokens));
  const removedMask = mask(text.length, spansOf(text, terms.removed));
  const allowed = (c: Candidate): boolean =>
    !anyIn(protectedMask, c) &&
    !(NAME_KINDS.has(c.kind) ? anyIn(removedMask, c) : allIn(removedMask, c));

  const nameHits = findPlaceHits(text, terms).filter(allowed);
  const sure = nameHits.filter((h) => !h.pending);
  const places: Span[] = sure.filter((h) => h.kind === 'applicant' || h.kind === 'municipality');
  for (const m of text.matchAll(terms.protectedTokens)) {
    if (m[0].startsWith(terms.pseudonym) || m[0].startsWith(REDACTION_TOKENS.municipality)) {
      places.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  const candidates = [
    ...findPatternHits(text),
    ...findLiteralHits(text, terms.literals),
    ...findPersonHits(text, terms.people),
    ...findExtraHits(text, terms),
  ].filter(allowed);
  const neighbours = confirmNeighbours(
    text,
    nameHits.filter((h) => h.pending),
    places,
  );
  const chosen = resolveOverlaps([...candidates, ...sure, ...neighbours], text.length);
  // Only a hit that won its place confirms: in 'fru Berg' the contact person wins.
  const confirming = new Map<Candidate, string>();
  for (const h of [...sure, ...neighbours])
    if (h.confirms !== undefined) confirming.set(h, h.confirms);
  const confirmed = new Set(chosen.flatMap((c) => confirming.get(c) ?? []));
  return { chosen, confirmed: [...confirmed] };
}

/**
 * The replacements for one pass over a text, in text order, not overlapping.
 * An ambiguous name shown to be the place ('Sala kommun') is then replaced
 * wherever it is capitalised ('Sala har 23 000 invånare').
 */
function choose(text: string, terms: AnonymiseTerms): Candidate[] {
  const first = pick(text, terms);
  const more = withConfirmedPlaces(terms, first.confirmed);
  return more === terms ? first.chosen : pick(text, more).chosen;
}

/**
 * Moves candidates found in a redacted text back to the original. Both lists
 * are in text order. A candidate that touches a replacement is dropped (it
 * cannot happen: tokens are protected).
 */
function toOriginal(
  found: readonly Candidate[],
  replacements: readonly Replacement[],
): Candidate[] {
  const moved: Candidate[] = [];
  let shift = 0;
  let i = 0;
  for (const c of found) {
    for (
      let r = replacements[i];
      r !== undefined && r.redactedEnd <= c.start;
      r = replacements[++i]
    ) {
      shift += r.end - r.start - (r.redactedEnd - r.redactedStart);
    }
    const next = replacements[i];
    if (next !== undefined && next.redactedStart < c.end) continue;
    moved.push({ ...c, start: c.start + shift, end: c.end + shift });
  }
  return moved;
}

/** Enough for any real text; see anonymiseText. */
const MAX_PASSES = 8;

/**
 * Redacts one text. Pure and deterministic; never throws on any string, and
 * running it again on its own output replaces nothing more. Tokens already in
 * a text are never touched. A replacement can still expose something new:
 * in 'Dals-Ed+46 70 123 45 67' the number is glued to a name, but in
 * '[kommun]+46 70 123 45 67' it stands alone. So the redacted text is
 * checked again until nothing more is found, and what is found is mapped
 * back to the original positions.
 */
export function anonymiseText(text: string, terms: AnonymiseTerms): RedactedText {
  let chosen = choose(text, terms);
  let result = applyReplacements(text, chosen);
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const more = toOriginal(choose(result.text, terms), result.replacements);
    if (more.length === 0) break;
    chosen = [...chosen, ...more].sort((a, b) => a.start - b.start);
    result = applyReplacements(text, chosen);
  }
  return result;
}

/**
 * Redacts every section title and text of an application. Places found by
 * context in one section ('Ängsholms kommun', 'i Sala') are replaced in all
 * of them.
 */
export function anonymiseApplication(
  app: Application,
  options: AnonymiseOptions,
): AnonymisedApplication {
  const base = compileTerms({
    applicant: app.applicant,
    pseudonym: options.pseudonym,
    contacts: app.contacts,
    otherApplicants: options.otherApplicants,
    extraTerms: options.extraTerms,
    removedTerms: options.removedTerms,
  });
  const texts = app.sections.flatMap((s) => [s.title, s.text]);
  const found = new Set(texts.flatMap((t) => discoverPlaceNames(t, (k) => isKnownName(base, k))));
  const withFound = withDiscoveredNames(base, [...found]);
  const places = new Set(texts.flatMap((t) => pick(t, withFound).confirmed));
  const terms = withConfirmedPlaces(withFound, [...places]);
  const replacements: SectionReplacement[] = [];
  const sections = app.sections.map((section, sectionIndex) => {
    const title = anonymiseText(section.title, terms);
    const text = anonymiseText(section.text, terms);
    for (const r of title.replacements) replacements.push({ ...r, sectionIndex, field: 'title' });
    for (const r of text.replacements) replacements.push({ ...r, sectionIndex, field: 'text' });
    return { title: title.text, text: text.text };
  });
  return { sections, replacements };
}
