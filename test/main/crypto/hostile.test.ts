import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createIdentityCard,
  CryptoError,
  importKeyFile,
  inspectContainer,
  openContainer,
  peekFile,
  verifyIdentityCard,
} from '../../../src-main/services/crypto';
import {
  chair,
  expectCryptoError,
  expectCryptoErrorAsync,
  fileJson,
  juror,
  makeScoreFile,
  MAX_BYTES,
  openOptions,
  prototypeKeys,
  toFileBytes,
} from './helpers';

const file = makeScoreFile();
const card = createIdentityCard(juror);
const encoder = new TextEncoder();

/** Every synchronous reader of untrusted bytes. */
const readers: [string, (bytes: Uint8Array) => unknown][] = [
  ['openContainer', (b) => openContainer(b, openOptions(chair))],
  ['inspectContainer', (b) => inspectContainer(b, MAX_BYTES)],
  ['verifyIdentityCard', (b) => verifyIdentityCard(b)],
  ['peekFile', (b) => peekFile(b, MAX_BYTES)],
];

/** JSON values, including objects with prototype-related keys. */
const hostileJson = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'format', 'version'),
    fc.jsonValue(),
  ),
);

/** Paths to every value in a JSON tree, to replace one of them. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const children = Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]));
  return [prefix, ...children];
}

function replaceAt(root: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (head === undefined || root === null || typeof root !== 'object') return root;
  const copy: Record<string, unknown> = Array.isArray(root) ? { ...root } : { ...root };
  copy[head] = replaceAt(Reflect.get(root, head), rest, replacement);
  return Array.isArray(root) ? Object.values(copy) : copy;
}

describe('hostile input never escapes as an untyped error', () => {
  const before = prototypeKeys();

  it('any single flipped byte anywhere in a container gives a CryptoError', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: file.byteLength - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (index, mask) => {
          const copy = new Uint8Array(file);
          copy[index] = (copy[index] ?? 0) ^ mask;
          expectCryptoError(() => openContainer(copy, openOptions(chair)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('any single flipped byte in an identity card gives a CryptoError', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: card.byteLength - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (i, mask) => {
          const copy = new Uint8Array(card);
          copy[i] = (copy[i] ?? 0) ^ mask;
          expectCryptoError(() => verifyIdentityCard(copy));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('random bytes give a CryptoError from every reader', async () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        for (const [, read] of readers) expectCryptoError(() => read(bytes));
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => {
        await expectCryptoErrorAsync(() => importKeyFile(bytes, 'x'));
      }),
      { numRuns: 50 },
    );
  });

  it('random JSON gives a CryptoError from every reader', async () => {
    fc.assert(
      fc.property(hostileJson, (value) => {
        const bytes = encoder.encode(JSON.stringify(value) ?? 'null');
        for (const [, read] of readers) expectCryptoError(() => read(bytes));
      }),
    );
    await fc.assert(
      fc.asyncProperty(hostileJson, async (value) => {
        await expectCryptoErrorAsync(() => importKeyFile(toFileBytes(value), 'x'));
      }),
      { numRuns: 50 },
    );
  });

  it('a well-formed container with any one value replaced gives a CryptoError', () => {
    const json = fileJson(file);
    const all = paths(json);
    fc.assert(
      fc.property(fc.constantFrom(...all), hostileJson, (path, replacement) => {
        const edited = replaceAt(json, path, replacement);
        fc.pre(JSON.stringify(edited) !== JSON.stringify(json));
        expectCryptoError(() => openContainer(toFileBytes(edited), openOptions(chair)));
      }),
      { numRuns: 300 },
    );
  });

  it('errors carry a code and never key material', () => {
    const copy = new Uint8Array(file);
    copy[copy.length - 10] = (copy[copy.length - 10] ?? 0) ^ 1;
    const error = expectCryptoError(() => openContainer(copy, openOptions(chair)));
    expect(error).toBeInstanceOf(CryptoError);
    expect(error.message).not.toMatch(/[A-Za-z0-9_-]{40,}/);
  });

  it('leaves Object.prototype untouched afterwards', () => {
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
