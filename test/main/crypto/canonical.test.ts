import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalBytes, canonicalJson, parseCanonical } from '../../../src-main/services/crypto';
import { expectCryptoError, prototypeKeys } from './helpers';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function hasForbiddenKey(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(hasForbiddenKey);
  return Object.entries(value).some(([k, v]) => FORBIDDEN.has(k) || hasForbiddenKey(v));
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('canonicalJson (RFC 8785)', () => {
  it('matches the RFC 8785 §3.2.2 sample', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        ' "literals": [null, true, false]}',
    ) as unknown;
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units (RFC 8785 §3.2.3 example)', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control",' +
        '"\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign",' +
        '"\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('formats numbers as ECMAScript does (RFC 8785 appendix B values)', () => {
    const cases: [number, string][] = [
      [0, '0'],
      [-0, '0'],
      [5e-324, '5e-324'],
      [-5e-324, '-5e-324'],
      [1.7976931348623157e308, '1.7976931348623157e+308'],
      [9007199254740992, '9007199254740992'],
      [-9007199254740992, '-9007199254740992'],
      [295147905179352830000, '295147905179352830000'],
      [9.999999999999997e22, '9.999999999999997e+22'],
      [1e23, '1e+23'],
      [0.000001, '0.000001'],
      [9.999999999999997e-7, '9.999999999999997e-7'],
      [333333333.3333332, '333333333.3333332'],
    ];
    for (const [value, text] of cases) expect(canonicalJson([value])).toBe(`[${text}]`);
  });

  it('refuses values without a single JSON meaning', () => {
    for (const bad of [
      undefined,
      Number.NaN,
      Infinity,
      10n,
      () => 1,
      new Date(0),
      new Map(),
      { a: undefined },
      [Symbol('s')],
    ]) {
      expectCryptoError(() => canonicalJson(bad));
    }
    expectCryptoError(() => canonicalJson({ s: '\ud800' }), 'NOT_CANONICAL');
    expectCryptoError(() => canonicalJson(JSON.parse('{"__proto__": 1}')), 'MALFORMED');
  });

  it('round-trips any JSON value through parseCanonical', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        if (hasForbiddenKey(value)) {
          expectCryptoError(() => canonicalBytes(value), 'MALFORMED');
          return;
        }
        const bytes = canonicalBytes(value);
        expect(canonicalBytes(parseCanonical(bytes, 1 << 20))).toEqual(bytes);
      }),
    );
  });
});

describe('parseCanonical', () => {
  it('accepts canonical text', () => {
    expect(parseCanonical(enc('{"a":[1,"x",null],"b":true}'), 100)).toEqual({
      a: [1, 'x', null],
      b: true,
    });
  });

  it('refuses every non-canonical spelling', () => {
    for (const text of [
      '{"b":1,"a":2}',
      '{"a": 1}',
      '{"a":1.0}',
      '{"a":1E2}',
      '{"a":"\\u0061"}',
      '{"a":1,"a":1}',
      '{"a":1}\n',
      '{"a":9007199254740993}',
      '["\\ud800"]',
    ]) {
      expectCryptoError(() => parseCanonical(enc(text), 1000), 'NOT_CANONICAL');
    }
  });

  it('checks the size before anything else', () => {
    expectCryptoError(() => parseCanonical(enc('{"a":1}'), 6), 'TOO_LARGE');
  });

  it('refuses invalid UTF-8, invalid JSON, deep nesting and dangerous keys', () => {
    expectCryptoError(() => parseCanonical(new Uint8Array([0x22, 0xc3, 0x22]), 10), 'MALFORMED');
    expectCryptoError(() => parseCanonical(enc('{"a":'), 10), 'MALFORMED');
    expectCryptoError(() => parseCanonical(enc('\ufeff{"a":1}'), 100), 'MALFORMED');
    const deep = `${'['.repeat(65)}${']'.repeat(65)}`;
    expectCryptoError(() => parseCanonical(enc(deep), 1000), 'MALFORMED');
    const veryDeep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expectCryptoError(() => parseCanonical(enc(veryDeep), 1 << 20), 'MALFORMED');
    expect(parseCanonical(enc(`${'['.repeat(64)}${']'.repeat(64)}`), 1000)).toBeInstanceOf(Array);
    // Brackets inside strings do not count, escaped quotes do not end a
    // string, and an escaped backslash does not hide the closing quote.
    const bracketsInText = canonicalJson({ a: `${'['.repeat(100)}"${'{'.repeat(100)}` });
    expect(parseCanonical(enc(bracketsInText), 10_000)).toEqual({
      a: `${'['.repeat(100)}"${'{'.repeat(100)}`,
    });
    const afterBackslash = `["\\\\",${'['.repeat(65)}${']'.repeat(65)}]`;
    expectCryptoError(() => parseCanonical(enc(afterBackslash), 1000), 'MALFORMED');
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expectCryptoError(
        () => parseCanonical(enc(`{"x":[{"${key}":{"polluted":1}}]}`), 100),
        'MALFORMED',
      );
    }
  });

  it('leaves Object.prototype untouched after hostile input', () => {
    const before = prototypeKeys();
    const hostile = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify({ __proto__: v, constructor: { prototype: v } })),
      fc.jsonValue().map((v) => `{"__proto__":{"polluted":${JSON.stringify(v)}}}`),
      fc.string(),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        try {
          parseCanonical(enc(text), 1 << 16);
        } catch {
          // Typed errors are checked elsewhere; here only pollution matters.
        }
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
    );
    expect(prototypeKeys()).toEqual(before);
  });
});
