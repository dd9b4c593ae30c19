import { describe, expect, it } from 'vitest';
import { coarsenFacts, countyArea, populationBand } from '../../../src-shared/anonymise';

describe('populationBand', () => {
  it.each([
    [0, 'under 10 000'],
    [9_999, 'under 10 000'],
    [10_000, '10 000–25 000'],
    [24_999, '10 000–25 000'],
    [25_000, '25 000–50 000'],
    [50_000, '50 000–100 000'],
    [100_000, '100 000–200 000'],
    [199_999, '100 000–200 000'],
    [200_000, 'över 200 000'],
    [980_000, 'över 200 000'],
    ['10 840', '10 000–25 000'],
    ['152\u00a0300', '100 000–200 000'],
  ])('%s → %s', (value, band) => {
    expect(populationBand(value)).toBe(band);
  });

  it.each(['', 'många', '-5', -5, Number.NaN])('rejects %s', (value) => {
    expect(populationBand(value)).toBeUndefined();
  });
});

describe('countyArea', () => {
  it.each([
    ['Dalarnas län', 'Mellansverige'],
    ['Region Dalarna', 'Mellansverige'],
    ['Norrbottens län', 'Norra Sverige'],
    ['Gävleborg', 'Norra Sverige'],
    ['Västra Götalands län', 'Södra Sverige'],
    ['Skåne län', 'Södra Sverige'],
    ['Stockholms län', 'Mellansverige'],
    ['Kalmar län', 'Södra Sverige'],
    ['Gotlands län', 'Södra Sverige'],
  ])('%s → %s', (county, area) => {
    expect(countyArea(county)).toBe(area);
  });

  it('knows nothing of made-up counties', () => {
    expect(countyArea('Tallmora län')).toBeUndefined();
  });
});

describe('coarsenFacts', () => {
  const facts = {
    population: 10_840,
    county: 'Dalarnas län',
    municipalityGroup: 'Landsbygdskommun med besöksnäring',
    mayor: 'Anna Andersson',
    kommunkod: '2099',
  };

  it('passes facts through unchanged in named phases', () => {
    expect(coarsenFacts(facts, false)).toEqual(facts);
  });

  it('coarsens and filters facts in anonymised phases', () => {
    expect(coarsenFacts(facts, true)).toEqual({
      population: '10 000–25 000',
      region: 'Mellansverige',
      municipalityGroup: 'Landsbygdskommun med besöksnäring',
    });
  });

  it('reads Swedish column names', () => {
    expect(
      coarsenFacts({ Invånare: '48 000', län: 'Hallands län', kommungrupp: 'Pendling' }, true),
    ).toEqual({
      population: '25 000–50 000',
      region: 'Södra Sverige',
      municipalityGroup: 'Pendling',
    });
  });

  it('drops values it cannot coarsen, and treats odd keys as data', () => {
    const odd = JSON.parse('{"__proto__": "x", "population": "okänt", "county": 12}') as Record<
      string,
      string | number
    >;
    const result = coarsenFacts(odd, true);
    expect(result).toEqual({});
    expect(Object.getPrototypeOf(coarsenFacts(odd, false))).toBe(Object.prototype);
    expect(Object.keys(coarsenFacts(odd, false))).toContain('__proto__');
  });
});
