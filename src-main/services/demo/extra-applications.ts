import { ApplicationSchema } from '../../../src-shared/domain/round';
import type { Application } from '../../../src-shared/domain/round';
import { MUNICIPALITIES } from '../../../src-shared/anonymise/municipalities';
import { slugify } from '../../../src-shared/exchange';
import { DemoRandom } from './random';
import { SECTION_SENTENCES } from './extra-texts';

/*
 * More fictional applications for large demo rounds (`--applications M`
 * above the nine written by hand). Names are built from common Swedish
 * place-name parts and every name that is a real municipality is skipped,
 * so no real municipality is credited with invented work.
 */

const DIRECTIONS = [
  '',
  'Norra ',
  'Södra ',
  'Västra ',
  'Östra ',
  'Övre ',
  'Nedre ',
  'Stora ',
  'Lilla ',
  'Nya ',
  'Inre ',
  'Yttre ',
  'Gamla ',
];
const PREFIXES = [
  'Björk',
  'Ek',
  'Lind',
  'Sjö',
  'Berg',
  'Ros',
  'Äng',
  'Tall',
  'Gran',
  'Hassel',
  'Al',
  'Lönn',
  'Sälg',
  'Ljung',
  'Mos',
  'Kärr',
  'Strand',
  'Hög',
  'Lång',
  'Skog',
  'Myr',
  'Hed',
  'Sten',
  'Flo',
  'Vass',
  'Rönn',
  'Ask',
  'Ham',
  'Fur',
  'Bäck',
  'Kvarn',
  'Lo',
  'Sand',
  'Ny',
  'Malm',
  'Harg',
  'Tjär',
  'Hult',
  'Brunn',
  'Ål',
];
const SUFFIXES = [
  'mora',
  'vik',
  'by',
  'torp',
  'holm',
  'ås',
  'dal',
  'näs',
  'berga',
  'fors',
  'hamn',
  'sund',
  'tuna',
  'åker',
  'sjö',
  'lunda',
  'backa',
  'vall',
  'hyttan',
  'ryd',
];
const COUNTIES = [
  'Stockholms län',
  'Uppsala län',
  'Södermanlands län',
  'Östergötlands län',
  'Jönköpings län',
  'Kronobergs län',
  'Kalmar län',
  'Blekinge län',
  'Skåne län',
  'Hallands län',
  'Västra Götalands län',
  'Värmlands län',
  'Örebro län',
  'Västmanlands län',
  'Dalarnas län',
  'Gävleborgs län',
  'Västernorrlands län',
  'Jämtlands län',
  'Västerbottens län',
  'Norrbottens län',
];
const GROUPS = [
  'Pendlingskommun nära storstad',
  'Större stad',
  'Pendlingskommun nära större stad',
  'Lågpendlingskommun nära större stad',
  'Mindre stad/tätort',
  'Pendlingskommun nära mindre stad/tätort',
  'Landsbygdskommun',
  'Landsbygdskommun med besöksnäring',
];
const FIRST = [
  'Karin',
  'Lars',
  'Sara',
  'Johan',
  'Maria',
  'Erik',
  'Lena',
  'Anders',
  'Eva',
  'Nils',
  'Ida',
  'Oskar',
];
const LAST = [
  'Holm',
  'Lindqvist',
  'Sundin',
  'Nyberg',
  'Åkesson',
  'Berglund',
  'Ek',
  'Forsberg',
  'Hedlund',
  'Lund',
];

/** Every candidate name, in a seeded order, without real municipalities or taken names. */
function candidateNames(seed: string, taken: ReadonlySet<string>): string[] {
  const real = new Set(MUNICIPALITIES.map((m) => m.toLowerCase()));
  const names: { name: string; key: number }[] = [];
  const random = new DemoRandom(seed, 'extra-application-names');
  for (const d of DIRECTIONS) {
    for (const p of PREFIXES) {
      for (const s of SUFFIXES) {
        const base = `${p}${s}`;
        if (real.has(base.toLowerCase()) || real.has(`${d}${base}`.toLowerCase())) continue;
        const name = `${d}${base}`;
        if (!taken.has(name)) names.push({ name, key: random.next() });
      }
    }
  }
  return names.sort((a, b) => a.key - b.key).map((n) => n.name);
}

function fill(template: string, place: string): string {
  return template.replaceAll('{kommun}', `${place} kommun`).replaceAll('{namn}', place);
}

/**
 * `count` further fictional applications with ids after `firstNumber`
 * ('app-10', 'app-11', …), deterministic for the seed.
 */
export function extraApplications(
  seed: string,
  count: number,
  firstNumber: number,
  takenApplicants: readonly string[],
): Application[] {
  const taken = new Set(takenApplicants.map((a) => a.replace(/ kommun$/, '')));
  const names = candidateNames(seed, taken);
  if (names.length < count) throw new Error(`At most ${names.length} extra demo applications.`);
  const width = Math.max(2, String(firstNumber + count - 1).length);
  return names.slice(0, count).map((place, i) => {
    const random = new DemoRandom(seed, `extra-application-${firstNumber + i}`);
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    const domain = `${slugify(place)}.se`;
    const population =
      Math.round(Math.min(400_000, Math.max(2_500, Math.exp(random.normal(10.2, 0.9)))) / 10) * 10;
    return ApplicationSchema.parse({
      id: `app-${String(firstNumber + i).padStart(width, '0')}`,
      applicant: `${place} kommun`,
      contacts: [
        {
          name: `${first} ${last}`,
          email: `${slugify(first)}.${slugify(last)}@${domain}`,
          phone: `070-174 06 ${String(random.int(5, 99)).padStart(2, '0')}`,
        },
      ],
      facts: { population, county: random.pick(COUNTIES), municipalityGroup: random.pick(GROUPS) },
      sections: SECTION_SENTENCES.map(({ title, sentences }) => {
        const chosen = sentences.filter(() => random.chance(0.6));
        const text = (chosen.length > 0 ? chosen : sentences.slice(0, 2)).map((t) =>
          fill(t, place),
        );
        return { title, text: text.join(' ') };
      }),
    });
  });
}
