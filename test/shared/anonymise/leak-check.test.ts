import { describe, expect, it } from 'vitest';
import { leakCheck } from '../../../src-shared/anonymise';
import { redact } from './helpers';

describe('leakCheck', () => {
  it('finds a village name left in a sentence', () => {
    const findings = leakCheck('Hemtjänsten i centralorten och i byn Östanmyra använder appen.');
    expect(findings).toEqual([{ word: 'Östanmyra', index: 37, reason: 'capitalised' }]);
  });

  it('finds place-name endings even at the start of a sentence', () => {
    const text = 'Vi har fiber. Storviken saknar det. Bränntorps skola och Kallbäcken väntar.';
    expect(leakCheck(text).map((f) => [f.word, f.reason])).toEqual([
      ['Storviken', 'place-suffix'],
      ['Bränntorps', 'place-suffix'],
      ['Kallbäcken', 'capitalised'],
    ]);
  });

  it('ignores ordinary words at the start of a sentence', () => {
    const text =
      'Digitaliseringen går fort. Arbetsmiljön har blivit bättre. Därför satsar vi.\n' +
      'Hemtjänsten ringer. Medarbetarna är nöjda! Varför? Ledning: tydlig.';
    expect(leakCheck(text)).toEqual([]);
  });

  it('ignores tokens, pseudonyms, acronyms and allowed words', () => {
    const text =
      'Ansökan A och [kommun] samarbetar med SKR och LSS-enheten enligt LIKA, via BankID i Sverige. ' +
      'Ansökan A:s modell delas med Vitalis.';
    expect(leakCheck(text)).toEqual([]);
  });

  it('accepts words the organiser allows', () => {
    const text = 'Vi använder Lifecare sedan i fjol.';
    expect(leakCheck(text)).toHaveLength(1);
    expect(leakCheck(text, { allow: ['Lifecare'] })).toEqual([]);
  });

  it('reports what the anonymiser deliberately leaves: an ambiguous name without cue', () => {
    const text = 'Mark och vatten ska skyddas. Vi ringde Anna Berg.';
    const redacted = redact(text);
    expect(redacted).toBe(text);
    expect(leakCheck(redacted).map((f) => [f.word, f.reason])).toEqual([
      ['Mark', 'ambiguous-place'],
      ['Anna', 'capitalised'],
      ['Berg', 'ambiguous-place'],
    ]);
  });
});
