import type { Facts } from '../domain/round';

/*
 * Context facts in anonymised phases. Jurors judge results against the
 * municipality's preconditions, so they need its size and kind, but exact
 * figures and the county narrow 290 municipalities down to a handful.
 * - population → a band ('10 000–25 000');
 * - county → a part of the country ('Norra Sverige', 'Mellansverige',
 *   'Södra Sverige'; Norrland, Svealand and Götaland by county), under the
 *   key `region`: 21 counties are too precise, three parts are not;
 * - municipalityGroup (SKR's kommungrupp) → kept: each group holds many
 *   municipalities;
 * - every other fact → dropped, because nobody has checked that it is safe.
 * Swedish keys from spreadsheets ('invånare', 'län', 'kommungrupp') are
 * read as their English counterparts.
 */

type FactValue = string | number;

// A Map, because fact keys come from imported files ('__proto__' is just a key).
const KEY_ALIASES: ReadonlyMap<string, 'population' | 'county' | 'municipalityGroup'> = new Map([
  ['population', 'population'],
  ['invånare', 'population'],
  ['folkmängd', 'population'],
  ['befolkning', 'population'],
  ['county', 'county'],
  ['län', 'county'],
  ['municipalitygroup', 'municipalityGroup'],
  ['kommungrupp', 'municipalityGroup'],
]);

/** Upper bounds (exclusive) and labels of the population bands. */
const POPULATION_BANDS: readonly (readonly [number, string])[] = [
  [10_000, 'under 10 000'],
  [25_000, '10 000–25 000'],
  [50_000, '25 000–50 000'],
  [100_000, '50 000–100 000'],
  [200_000, '100 000–200 000'],
  [Infinity, 'över 200 000'],
];

const NORTH = 'Norra Sverige';
const MIDDLE = 'Mellansverige';
const SOUTH = 'Södra Sverige';

const COUNTY_AREAS: ReadonlyMap<string, string> = new Map([
  ['norrbotten', NORTH],
  ['västerbotten', NORTH],
  ['jämtland', NORTH],
  ['västernorrland', NORTH],
  ['gävleborg', NORTH],
  ['dalarna', MIDDLE],
  ['värmland', MIDDLE],
  ['örebro', MIDDLE],
  ['västmanland', MIDDLE],
  ['uppsala', MIDDLE],
  ['stockholm', MIDDLE],
  ['södermanland', MIDDLE],
  ['östergötland', SOUTH],
  ['jönköping', SOUTH],
  ['kronoberg', SOUTH],
  ['kalmar', SOUTH],
  ['gotland', SOUTH],
  ['blekinge', SOUTH],
  ['skåne', SOUTH],
  ['halland', SOUTH],
  ['västra götaland', SOUTH],
]);

/** The band for a population figure, or undefined when it is no figure. */
export function populationBand(value: FactValue): string | undefined {
  const n = typeof value === 'number' ? value : Number(value.replace(/[\s\u00a0\u202f]/gu, ''));
  if (!Number.isFinite(n) || n < 0 || (typeof value === 'string' && value.trim() === '')) {
    return undefined;
  }
  return POPULATION_BANDS.find(([limit]) => n < limit)?.[1];
}

/** 'Dalarnas län', 'Region Dalarna', 'Dalarna' → 'Mellansverige'. */
export function countyArea(county: string): string | undefined {
  const key = county
    .trim()
    .toLowerCase()
    .replace(/^region\s+/u, '')
    .replace(/\s+läns?$/u, '')
    .replace(/\s+/gu, ' ');
  return (
    COUNTY_AREAS.get(key) ?? (key.endsWith('s') ? COUNTY_AREAS.get(key.slice(0, -1)) : undefined)
  );
}

/**
 * The facts a juror sees. In named phases they pass through unchanged; in
 * anonymised phases they are coarsened as described above.
 */
export function coarsenFacts(facts: Facts, anonymised: boolean): Record<string, FactValue> {
  // Object.fromEntries defines own properties, so no key can reach a prototype.
  if (!anonymised) return Object.fromEntries(Object.entries(facts));
  const out = new Map<string, FactValue>();
  for (const [rawKey, value] of Object.entries(facts)) {
    const key = KEY_ALIASES.get(rawKey.trim().toLowerCase());
    if (key === 'population') {
      const band = populationBand(value);
      if (band !== undefined) out.set('population', band);
    } else if (key === 'county') {
      const area = typeof value === 'string' ? countyArea(value) : undefined;
      if (area !== undefined) out.set('region', area);
    } else if (key === 'municipalityGroup') {
      out.set('municipalityGroup', value);
    }
  }
  return Object.fromEntries(out);
}
