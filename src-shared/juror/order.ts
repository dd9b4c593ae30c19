import { fnv1a32 } from '../anonymise/pseudonyms';

/**
 * Murmur3's 32-bit finaliser: spreads a change in any input bit over every
 * output bit, so ids that differ only in their last character ('app-01',
 * 'app-02') land far apart.
 */
function mix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b) >>> 0;
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35) >>> 0;
  x ^= x >>> 16;
  return x >>> 0;
}

/** The sort key of one application for one juror in one round. */
export function orderKey(jurorId: string, roundId: string, applicationId: string): number {
  return mix32(fnv1a32(`${jurorId}\u0000${roundId}\u0000${applicationId}`));
}

/**
 * The juror's reading order: a per-juror random order that never changes.
 * Early items tend to be scored more conservatively, so every juror gets a
 * different order; it is seeded by juror and round only, so it is the same
 * on every start and on every laptop. Each application's place comes from
 * its own key, not from a shuffle, so the order ignores how the input is
 * sorted, and a later package with fewer or more applications keeps the
 * relative order of those the juror already knows.
 */
export function jurorOrder<T extends { readonly id: string }>(
  applications: readonly T[],
  jurorId: string,
  roundId: string,
): T[] {
  return applications
    .map((a) => ({ a, key: orderKey(jurorId, roundId, a.id) }))
    .sort((x, y) => x.key - y.key || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0))
    .map(({ a }) => a);
}
