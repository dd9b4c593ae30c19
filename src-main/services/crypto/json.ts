import { CryptoError } from './errors';

/** Default nesting limit for every JSON document the crypto core reads. */
export const MAX_JSON_DEPTH = 64;

/**
 * Keys that are dangerous if the parsed value is ever merged into another
 * object or used as a lookup table. JSON.parse itself does not pollute, but
 * rejecting them here means no later code has to think about it.
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether an object key is refused in every file this app reads or writes. */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

/** Options for {@link parseJsonBytes}. */
export type ParseJsonOptions = { maxBytes: number; maxDepth?: number };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Parse untrusted JSON bytes: size cap first, strict UTF-8 (a byte order mark
 * is refused), a nesting limit checked before JSON.parse (deep nesting could
 * otherwise overflow the stack), and no dangerous keys anywhere.
 */
export function parseJsonBytes(bytes: Uint8Array, options: ParseJsonOptions): unknown {
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  if (bytes.byteLength > options.maxBytes) {
    throw new CryptoError('TOO_LARGE', 'The file is larger than allowed.');
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new CryptoError('MALFORMED', 'The file is not valid UTF-8 text.');
  }
  if (nestingDepth(text) > maxDepth) {
    throw new CryptoError('MALFORMED', 'The file is nested too deeply.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CryptoError('MALFORMED', 'The file is not valid JSON.');
  }
  assertSafeKeys(value);
  return value;
}

/**
 * Maximum bracket nesting of a JSON text, ignoring brackets inside strings.
 * It does not validate the JSON; JSON.parse does that afterwards.
 */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the whole string with a native search: packages carry
      // megabytes of base64 text, far too slow to walk a character at a time.
      const end = stringEnd(text, i + 1);
      if (end < 0) return max; // unterminated: JSON.parse refuses it
      i = end;
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return max;
}

const QUOTE_OR_BACKSLASH = /["\\]/g;

/** Index of the quote closing a string whose content starts at `from`, or -1. */
function stringEnd(text: string, from: number): number {
  let at = from;
  for (;;) {
    QUOTE_OR_BACKSLASH.lastIndex = at;
    const found = QUOTE_OR_BACKSLASH.exec(text);
    if (found === null) return -1;
    if (text.charCodeAt(found.index) === 0x22) return found.index;
    at = found.index + 2; // backslash: skip the escaped character
  }
}

/** Walk a parsed value iteratively and refuse dangerous keys. */
function assertSafeKeys(root: unknown): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      if (isForbiddenKey(key)) {
        throw new CryptoError('MALFORMED', 'The file contains a forbidden key.');
      }
      stack.push(item);
    }
  }
}
