import { describe, expect, it } from 'vitest';
import {
  AMBIGUOUS_MUNICIPALITIES,
  MUNICIPALITIES,
  MUNICIPALITY_ALIASES,
  NO_COMPOUND_MUNICIPALITIES,
  applicantBaseNames,
  officialMunicipality,
} from '../../../src-shared/anonymise';

describe('the municipality list', () => {
  it('holds exactly 290 unique names', () => {
    expect(MUNICIPALITIES).toHaveLength(290);
    expect(new Set(MUNICIPALITIES).size).toBe(290);
  });

  it('uses the official short names, including the hyphenated and two-word ones', () => {
    for (const name of [
      'Ale',
      'Övertorneå',
      'Gotland',
      'Upplands Väsby',
      'Upplands-Bro',
      'Lilla Edet',
      'Malung-Sälen',
      'Dals-Ed',
      'Östra Göinge',
      'Falun',
    ]) {
      expect(MUNICIPALITIES).toContain(name);
    }
    expect(MUNICIPALITIES).not.toContain('Falu');
    expect(MUNICIPALITIES).not.toContain('Region Gotland');
  });

  it('has no stray whitespace', () => {
    for (const name of MUNICIPALITIES) expect(name).toBe(name.trim());
  });

  it('only marks real municipalities as ambiguous, each with a reason', () => {
    for (const [name, why] of Object.entries(AMBIGUOUS_MUNICIPALITIES)) {
      expect(MUNICIPALITIES).toContain(name);
      expect(why.length).toBeGreaterThan(5);
    }
    for (const name of ['Vara', 'Mark', 'Ale', 'Sala', 'Kil', 'Bjuv', 'Tibro', 'Åre', 'Boden']) {
      expect(AMBIGUOUS_MUNICIPALITIES).toHaveProperty(name);
    }
  });

  it('points aliases and compound exceptions at real municipalities', () => {
    for (const target of Object.values(MUNICIPALITY_ALIASES))
      expect(MUNICIPALITIES).toContain(target);
    for (const name of Object.keys(NO_COMPOUND_MUNICIPALITIES)) {
      expect(officialMunicipality(name)).toBeDefined();
    }
  });
});

describe('applicantBaseNames', () => {
  it.each([
    ['Tallmora kommun', ['Tallmora']],
    ['Rättviks kommun', ['Rättvik']],
    ['Borås stad', ['Borås']],
    ['Göteborgs Stad', ['Göteborg']],
    ['Region Gotland', ['Gotland']],
    ['Falu kommun', ['Falun', 'Falu']],
    ['Upplands Väsby kommun', ['Upplands Väsby', 'Väsby']],
    ['Ängsholms kommun', ['Ängsholms', 'Ängsholm']],
    ['Sjöbacka', ['Sjöbacka']],
  ])('%s → %j', (applicant, expected) => {
    expect(applicantBaseNames(applicant)).toEqual(expected);
  });
});
