import { createHash } from 'node:crypto';

/**
 * A seeded random source for demo data: the same seed and label always give
 * the same sequence, on every machine. SHA-256 seeds a xoshiro128** generator;
 * this is for realistic-looking demo data, never for keys or nonces.
 */
export class DemoRandom {
  private s: Uint32Array;

  constructor(seed: string, label: string) {
    const h = createHash('sha256').update(`juryrum/demo/v1\0${seed}\0${label}`).digest();
    this.s = new Uint32Array([
      h.readUInt32LE(0),
      h.readUInt32LE(4),
      h.readUInt32LE(8),
      h.readUInt32LE(12),
    ]);
    // An all-zero state would stay zero forever.
    if (this.s.every((x) => x === 0)) this.s[0] = 1;
  }

  /** A float in [0, 1). */
  next(): number {
    const s = this.s;
    const s0 = s[0] ?? 0;
    const s1 = s[1] ?? 0;
    const s2 = s[2] ?? 0;
    const s3 = s[3] ?? 0;
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    const n2 = (s2 ^ s0) >>> 0;
    const n3 = (s3 ^ s1) >>> 0;
    const n1 = (s1 ^ n2) >>> 0;
    const n0 = (s0 ^ n3) >>> 0;
    this.s = new Uint32Array([n0, n1, (n2 ^ t) >>> 0, rotl(n3, 11)]);
    return result / 2 ** 32;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** A normally distributed number (Box–Muller). */
  normal(mean = 0, sd = 1): number {
    const u = Math.max(this.next(), Number.EPSILON);
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** 32 bytes derived from the seed and a label (for demo keys). */
export function demoBytes(seed: string, label: string): Buffer {
  return createHash('sha256').update(`juryrum/demo/v1/key\0${seed}\0${label}`).digest();
}
