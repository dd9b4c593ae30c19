import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sv } from '../../../src-shared/i18n/sv';
import { en } from '../../../src-shared/i18n/en';
import { translate } from '../../../src-shared/i18n/translate';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('i18n catalogues', () => {
  it('Swedish and English have exactly the same keys, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const [key, value] of [...Object.entries(sv), ...Object.entries(en)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('both languages use the same placeholders for every key', () => {
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(sv[key]));
    }
  });

  it('every key the renderer uses literally exists in the catalogue', () => {
    const used = new Set<string>();
    for (const file of files('src-renderer')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g))
        used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((k) => !(k in sv));
    expect(missing).toEqual([]);
  });

  it('fills placeholders and formats numbers per language', () => {
    expect(translate('sv', 'home.roundFacts', { applications: 1200, jurors: 6, criteria: 8 })).toBe(
      '1\u00a0200 ansökningar · 6 jurymedlemmar · 8 kriterier',
    );
    expect(translate('en', 'home.roundFacts', { applications: 1200, jurors: 6, criteria: 8 })).toBe(
      '1,200 applications · 6 jurors · 8 criteria',
    );
    expect(translate('en', 'home.chair', {})).toBe('Chair: {name}');
  });
});
