import canonicalize from 'canonicalize';
import { CryptoError } from './errors';
import { isForbiddenKey, MAX_JSON_DEPTH, parseJsonBytes } from './json';
import { utf8 } from './encoding';

/** A JSON value as it appears in signed payloads. */
export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * Refuse anything that has no single JSON meaning: undefined, functions,
 * bigints, non-finite numbers, class instances (Date, Map, Buffer…), objects
 * with toJSON, and the keys the reader refuses. The canonicalize package would
 * otherwise quietly drop some of these or emit invalid JSON for functions.
 * Writers and readers apply the same rules, so whatever we sign we can read.
 */
function assertPlainJson(root: unknown): void {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (top === undefined) break;
    const { value, depth } = top;
    if (value === null || typeof value === 'boolean' || typeof value === 'string') continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw notJson('a number that is not finite');
      continue;
    }
    if (typeof value !== 'object') throw notJson(`a value of type ${typeof value}`);
    if (depth >= MAX_JSON_DEPTH) throw notJson('nesting that is too deep');
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw notJson('an object that is not plain');
    for (const [key, item] of Object.entries(value)) {
      if (isForbiddenKey(key)) throw notJson('a forbidden key');
      if (item === undefined) throw notJson('an undefined property');
      stack.push({ value: item, depth: depth + 1 });
    }
  }
}

function notJson(what: string): CryptoError {
  return new CryptoError('MALFORMED', `Cannot canonicalise ${what}.`);
}

/**
 * RFC 8785 (JCS) canonical JSON text: keys sorted by UTF-16 code units, no
 * whitespace, ECMAScript number formatting, minimal string escapes.
 */
export function canonicalJson(value: unknown): string {
  assertPlainJson(value);
  let text: string | undefined;
  try {
    text = canonicalize(value);
  } catch {
    // Lone surrogates are the remaining case the package refuses.
    throw new CryptoError('NOT_CANONICAL', 'The value contains text that is not valid Unicode.');
  }
  if (text === undefined) throw notJson('an empty value');
  return text;
}

/** RFC 8785 canonical JSON as UTF-8 bytes: what gets signed and hashed. */
export function canonicalBytes(value: unknown): Uint8Array {
  return utf8(canonicalJson(value));
}

/**
 * Parse bytes that must already be canonical JSON. The bytes are accepted only
 * if re-canonicalising the parsed value gives back exactly the same bytes, so
 * a signed payload has one and only one textual form (no duplicate keys, no
 * alternative number or escape spellings, no whitespace, no BOM).
 */
export function parseCanonical(bytes: Uint8Array, maxBytes: number): unknown {
  const value = parseJsonBytes(bytes, { maxBytes });
  let again: Uint8Array;
  try {
    again = canonicalBytes(value);
  } catch {
    throw new CryptoError('NOT_CANONICAL', 'The data is not in canonical JSON form.');
  }
  if (!Buffer.from(again).equals(bytes)) {
    throw new CryptoError('NOT_CANONICAL', 'The data is not in canonical JSON form.');
  }
  return value;
}
