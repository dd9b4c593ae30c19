import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignPseudonyms,
  fnv1a32,
  pseudonymIndex,
  pseudonymLabel,
} from '../../../src-shared/anonymise';

describe('pseudonymLabel', () => {
  it.each([
    [0, 'Ansökan A'],
    [1, 'Ansökan B'],
    [25, 'Ansökan Z'],
    [26, 'Ansökan AA'],
    [27, 'Ansökan AB'],
    [51, 'Ansökan AZ'],
    [52, 'Ansökan BA'],
    [701, 'Ansökan ZZ'],
    [702, 'Ansökan AAA'],
  ])('%i → %s', (index, label) => {
    expect(pseudonymLabel(index)).toBe(label);
    expect(pseudonymIndex(label)).toBe(index);
  });

  it('is a bijection on the first 20 000 indices', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (i) => {
        expect(pseudonymIndex(pseudonymLabel(i))).toBe(i);
      }),
    );
  });

  it('rejects negative and fractional indices', () => {
    expect(() => pseudonymLabel(-1)).toThrow();
    expect(() => pseudonymLabel(1.5)).toThrow();
  });
});

describe('fnv1a32', () => {
  it('matches the published FNV-1a test vectors for ASCII', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
});

describe('assignPseudonyms', () => {
  const ids = ['app-01', 'app-02', 'app-03', 'app-04', 'app-05', 'app-06', 'app-07', 'app-08'];

  it('gives every id a distinct label from A onwards', () => {
    const result = assignPseudonyms(new Map(), ids, 'round-2025');
    expect([...result.keys()].sort()).toEqual(ids);
    expect(new Set(result.values()).size).toBe(ids.length);
    expect([...result.values()].sort()).toEqual(ids.map((_, i) => pseudonymLabel(i)));
  });

  it('does not simply follow the import order', () => {
    const result = assignPseudonyms(new Map(), ids, 'round-2025');
    expect(ids.map((id) => result.get(id))).not.toEqual(ids.map((_, i) => pseudonymLabel(i)));
  });

  it('gives the same result for the same seed, whatever the input order', () => {
    const a = assignPseudonyms(new Map(), ids, 'seed');
    const b = assignPseudonyms(new Map(), [...ids].reverse(), 'seed');
    expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
  });

  it('keeps existing labels when an application is added', () => {
    const first = assignPseudonyms(new Map(), ids, 'seed');
    const second = assignPseudonyms(first, [...ids, 'app-09'], 'seed');
    for (const id of ids) expect(second.get(id)).toBe(first.get(id));
    expect(second.get('app-09')).toBe('Ansökan I');
  });

  it('never reuses the label of a withdrawn application', () => {
    const existing = new Map([
      ['app-01', 'Ansökan A'],
      ['app-03', 'Ansökan C'],
    ]);
    const result = assignPseudonyms(existing, ['app-01', 'app-03', 'app-04'], 'seed');
    expect(result.get('app-04')).toBe('Ansökan D');
    expect(result.get('app-01')).toBe('Ansökan A');
  });

  it('keeps hand-made labels and skips them for new ids', () => {
    const existing = new Map([['x', 'Ansökan B']]);
    const result = assignPseudonyms(existing, ['x', 'y', 'z'], 'seed');
    expect(result.get('x')).toBe('Ansökan B');
    expect(new Set([result.get('y'), result.get('z')])).toEqual(
      new Set(['Ansökan C', 'Ansökan D']),
    );
  });

  it('stays stable and distinct for any ids and seed', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 40 }),
        fc.string(),
        (appIds, seed) => {
          const half = appIds.slice(0, appIds.length >> 1);
          const first = assignPseudonyms(new Map(), half, seed);
          const all = assignPseudonyms(first, appIds, seed);
          for (const id of half) expect(all.get(id)).toBe(first.get(id));
          expect(new Set(all.values()).size).toBe(appIds.length);
        },
      ),
    );
  });
});
