import { normaliseHeader } from './text';
import type { ContactField, MappingTarget } from './types';

/** Contacts a spreadsheet can carry (three columns each). */
export const MAX_IMPORT_CONTACTS = 3;

const CONTACT_FIELDS: readonly ContactField[] = ['name', 'email', 'phone'];

/** Every mapping target, in the order a column picker should list them. */
export const MAPPING_TARGETS: readonly MappingTarget[] = [
  'applicant',
  'id',
  ...([1, 2, 3] as const).flatMap((n) =>
    CONTACT_FIELDS.map((f): MappingTarget => `contact${n}.${f}`),
  ),
  'section',
  'fact',
  'ignore',
];

const ALL_TARGETS: ReadonlySet<string> = new Set<string>([
  ...MAPPING_TARGETS,
  ...CONTACT_FIELDS.map((f) => `contact.${f}`),
]);

/** Type guard for targets that arrive as strings (IPC, saved settings). */
export function isMappingTarget(value: unknown): value is MappingTarget {
  return typeof value === 'string' && ALL_TARGETS.has(value);
}

/** The contact slot (1–3) and field of a contact target, or null. */
export function contactSlot(target: MappingTarget): { slot: number; field: ContactField } | null {
  const m = /^contact([123]?)\.(name|email|phone)$/.exec(target);
  if (!m) return null;
  const field = CONTACT_FIELDS.find((f) => f === m[2]);
  if (field === undefined) return null;
  return { slot: m[1] ? Number(m[1]) : 1, field };
}

/** Canonical keys of the facts the app knows (see anonymise/facts.ts). */
export type KnownFactKey = 'population' | 'county' | 'municipalityGroup';

// Map, not an object: the lookup key is derived from an untrusted header.
const FACT_ALIASES: ReadonlyMap<string, KnownFactKey> = new Map([
  ['population', 'population'],
  ['invanare', 'population'],
  ['antal invanare', 'population'],
  ['invanarantal', 'population'],
  ['folkmangd', 'population'],
  ['befolkning', 'population'],
  ['county', 'county'],
  ['lan', 'county'],
  ['kommungrupp', 'municipalityGroup'],
  ['skr kommungrupp', 'municipalityGroup'],
  ['kommungrupp skr', 'municipalityGroup'],
  ['kommungrupp enligt skr', 'municipalityGroup'],
  ['municipality group', 'municipalityGroup'],
  ['municipalitygroup', 'municipalityGroup'],
]);

/** The known fact a header names ('Invånare' → 'population'), or null. */
export function knownFactKey(header: string): KnownFactKey | null {
  return FACT_ALIASES.get(normaliseHeader(header)) ?? null;
}

/** Facts whose values are numbers: '14 200' is stored as 14200. */
export const NUMERIC_FACTS: ReadonlySet<string> = new Set<KnownFactKey>(['population']);

/** Longest fact key the application schema accepts. */
export const MAX_FACT_KEY = 64;

/** Keys that must never become object properties built from a file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);
