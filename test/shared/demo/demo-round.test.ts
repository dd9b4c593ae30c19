import { describe, it, expect } from 'vitest';
import {
  ApplicationSchema,
  CriterionSchema,
  JurorSchema,
  RoundSchema,
} from '../../../src-shared/domain/round';
import {
  defaultScale,
  ehalsokommunPhases,
  ehalsokommunTemplate,
} from '../../../src-shared/domain/template';
import { DEMO_ROUND_ID, demoRound } from '../../../src-shared/demo/demo-round';
import { demoApplications } from '../../../src-shared/demo/demo-applications';
import { demoJurors, demoOrganiser } from '../../../src-shared/demo/demo-people';

/**
 * All 290 Swedish municipalities (short names), one county per line in the
 * official county order, from Stockholms län to Norrbottens län.
 */
const REAL_MUNICIPALITIES: readonly string[] = `
Botkyrka, Danderyd, Ekerö, Haninge, Huddinge, Järfälla, Lidingö, Nacka, Norrtälje, Nykvarn, Nynäshamn, Salem, Sigtuna, Sollentuna, Solna, Stockholm, Sundbyberg, Södertälje, Tyresö, Täby, Upplands Väsby, Upplands-Bro, Vallentuna, Vaxholm, Värmdö, Österåker,
Enköping, Heby, Håbo, Knivsta, Tierp, Uppsala, Älvkarleby, Östhammar,
Eskilstuna, Flen, Gnesta, Katrineholm, Nyköping, Oxelösund, Strängnäs, Trosa, Vingåker,
Boxholm, Finspång, Kinda, Linköping, Mjölby, Motala, Norrköping, Söderköping, Vadstena, Valdemarsvik, Ydre, Åtvidaberg, Ödeshög,
Aneby, Eksjö, Gislaved, Gnosjö, Habo, Jönköping, Mullsjö, Nässjö, Sävsjö, Tranås, Vaggeryd, Vetlanda, Värnamo,
Alvesta, Lessebo, Ljungby, Markaryd, Tingsryd, Uppvidinge, Växjö, Älmhult,
Borgholm, Emmaboda, Hultsfred, Högsby, Kalmar, Mönsterås, Mörbylånga, Nybro, Oskarshamn, Torsås, Vimmerby, Västervik,
Gotland,
Karlshamn, Karlskrona, Olofström, Ronneby, Sölvesborg,
Bjuv, Bromölla, Burlöv, Båstad, Eslöv, Helsingborg, Hässleholm, Höganäs, Hörby, Höör, Klippan, Kristianstad, Kävlinge, Landskrona, Lomma, Lund, Malmö, Osby, Perstorp, Simrishamn, Sjöbo, Skurup, Staffanstorp, Svalöv, Svedala, Tomelilla, Trelleborg, Vellinge, Ystad, Åstorp, Ängelholm, Örkelljunga, Östra Göinge,
Falkenberg, Halmstad, Hylte, Kungsbacka, Laholm, Varberg,
Ale, Alingsås, Bengtsfors, Bollebygd, Borås, Dals-Ed, Essunga, Falköping, Färgelanda, Grästorp, Gullspång, Göteborg, Götene, Herrljunga, Hjo, Härryda, Karlsborg, Kungälv, Lerum, Lidköping, Lilla Edet, Lysekil, Mariestad, Mark, Mellerud, Munkedal, Mölndal, Orust, Partille, Skara, Skövde, Sotenäs, Stenungsund, Strömstad, Svenljunga, Tanum, Tibro, Tidaholm, Tjörn, Tranemo, Trollhättan, Töreboda, Uddevalla, Ulricehamn, Vara, Vårgårda, Vänersborg, Åmål, Öckerö,
Arvika, Eda, Filipstad, Forshaga, Grums, Hagfors, Hammarö, Karlstad, Kil, Kristinehamn, Munkfors, Storfors, Sunne, Säffle, Torsby, Årjäng,
Askersund, Degerfors, Hallsberg, Hällefors, Karlskoga, Kumla, Laxå, Lekeberg, Lindesberg, Ljusnarsberg, Nora, Örebro,
Arboga, Fagersta, Hallstahammar, Kungsör, Köping, Norberg, Sala, Skinnskatteberg, Surahammar, Västerås,
Avesta, Borlänge, Falun, Gagnef, Hedemora, Leksand, Ludvika, Malung-Sälen, Mora, Orsa, Rättvik, Smedjebacken, Säter, Vansbro, Älvdalen,
Bollnäs, Gävle, Hofors, Hudiksvall, Ljusdal, Nordanstig, Ockelbo, Ovanåker, Sandviken, Söderhamn,
Härnösand, Kramfors, Sollefteå, Sundsvall, Timrå, Ånge, Örnsköldsvik,
Berg, Bräcke, Härjedalen, Krokom, Ragunda, Strömsund, Åre, Östersund,
Bjurholm, Dorotea, Lycksele, Malå, Nordmaling, Norsjö, Robertsfors, Skellefteå, Sorsele, Storuman, Umeå, Vilhelmina, Vindeln, Vännäs, Åsele,
Arjeplog, Arvidsjaur, Boden, Gällivare, Haparanda, Jokkmokk, Kalix, Kiruna, Luleå, Pajala, Piteå, Älvsbyn, Överkalix, Övertorneå
`
  .split(',')
  .map((name) => name.trim())
  .filter((name) => name !== '');

/** Invented place names used in the demo texts besides the applicants. */
const FICTIONAL_NEIGHBOURS = [
  'Orsmark',
  'Östanmyra',
  'Backbodarna',
  'Kvarnlida',
  'Ryttarbacken',
  'Ängsholm',
  'Bromsta',
  'Tjärnby',
  'Rönnliden',
  'Storviken',
  'Skärvedal',
  'Bränntorp',
  'Strandhamra',
  'Ekefors',
  'Mossebo',
  'Renviken',
  'Kallbäcken',
  'Kronsvik',
];

const norm = (s: string): string => s.toLocaleLowerCase('sv-SE');
const realSet = new Set(REAL_MUNICIPALITIES.map(norm));
const stemOf = (applicant: string): string => applicant.replace(/ kommun$/, '');
/** Web and e-mail domains drop the Swedish letters: Björkmyra → bjorkmyra. */
const domainOf = (stem: string): string =>
  norm(stem).replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/ /g, '');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole-word, case-sensitive match that treats å, ä, ö as letters. */
const wholeWord = (word: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'u');
const wordCount = (s: string): number => s.split(/\s+/).filter((w) => w !== '').length;

describe('ehalsokommun template', () => {
  it('has the eight criteria in order, with D at double weight', () => {
    const { criteria } = ehalsokommunTemplate();
    expect(criteria.map((c) => c.key)).toEqual(['L', 'I', 'K', 'A', 'D', 'W', 'S', 'P']);
    expect(criteria.find((c) => c.key === 'D')?.name).toBe('Inflytande och delaktighet');
    for (const c of criteria) {
      expect(c.weight, c.key).toBe(c.key === 'D' ? 2 : 1);
      expect(() => CriterionSchema.parse(c)).not.toThrow();
      const sentences = c.guidance.split(/(?<=[.?!])\s+/).filter((s) => s !== '');
      expect(sentences.length, c.key).toBeGreaterThanOrEqual(2);
      expect(sentences.length, c.key).toBeLessThanOrEqual(4);
    }
  });

  it('scores on 1–5 with one written anchor per level and an explicit cannot-assess', () => {
    const scale = defaultScale();
    expect(scale.min).toBe(1);
    expect(scale.max).toBe(5);
    expect(scale.allowCannotAssess).toBe(true);
    expect(scale.anchors.map((a) => a.value)).toEqual([1, 2, 3, 4, 5]);
    expect(scale.anchors[0]?.label).toBe('Ej planerad');
    expect(scale.anchors[4]?.label).toBe('Uppnådd');
    for (const a of scale.anchors) expect(a.description.length).toBeGreaterThan(20);
    for (const c of ehalsokommunTemplate().criteria) expect(c.scale).toEqual(scale);
  });

  it('hands out fresh objects, so a caller cannot change the template for others', () => {
    const first = ehalsokommunTemplate();
    first.criteria.pop();
    expect(ehalsokommunTemplate().criteria).toHaveLength(8);
  });

  it('has an anonymised assessment phase followed by a named final', () => {
    expect(ehalsokommunPhases()).toEqual([
      { id: 'bedomning', name: 'Bedömning', anonymised: true },
      { id: 'final', name: 'Final', anonymised: false },
    ]);
  });
});

describe('demo round', () => {
  it('parses with the round schema and uses the template', () => {
    const round = demoRound();
    expect(RoundSchema.parse(round)).toEqual(round);
    expect(round.id).toBe(DEMO_ROUND_ID);
    expect(round.id).toBe('demo-ehalsokommun-2026');
    expect(round.award).toBe('Sveriges eHälsokommun');
    expect(round.year).toBe(2026);
    expect(round.name).toContain('demo');
    expect(round.description).toMatch(/påhittad|fiktiv/);
    expect(round.criteria).toEqual(ehalsokommunTemplate().criteria);
    expect(round.phases).toEqual(ehalsokommunPhases());
  });
});

describe('demo applications', () => {
  const apps = demoApplications();

  it('has nine applications app-01 … app-09 that parse with the schema', () => {
    expect(apps.map((a) => a.id)).toEqual(
      Array.from({ length: 9 }, (_, i) => `app-0${String(i + 1)}`),
    );
    expect(new Set(apps.map((a) => a.id)).size).toBe(9);
    expect(new Set(apps.map((a) => a.applicant)).size).toBe(9);
    for (const a of apps) expect(ApplicationSchema.parse(a)).toEqual(a);
  });

  it('has the four LIKA sections of 80–150 words each', () => {
    for (const a of apps) {
      expect(a.sections.map((s) => s.title)).toEqual([
        'Ledning',
        'Infrastruktur',
        'Kompetens',
        'Användning',
      ]);
      for (const s of a.sections) {
        const n = wordCount(s.text);
        expect(n, `${a.id} ${s.title}: ${String(n)} words`).toBeGreaterThanOrEqual(80);
        expect(n, `${a.id} ${s.title}: ${String(n)} words`).toBeLessThanOrEqual(150);
      }
    }
  });

  it('carries the context facts and one or two contacts on the applicant domain', () => {
    for (const a of apps) {
      expect(typeof a.facts['population']).toBe('number');
      expect(a.facts['county']).toMatch(/ län$/);
      expect(typeof a.facts['municipalityGroup']).toBe('string');
      expect(a.contacts.length).toBeGreaterThanOrEqual(1);
      expect(a.contacts.length).toBeLessThanOrEqual(2);
      const domain = domainOf(stemOf(a.applicant));
      for (const c of a.contacts) {
        expect(c.email).toMatch(new RegExp(`^[a-z-]+\\.[a-z-]+@${domain}\\.se$`));
        expect(c.phone).toMatch(/^(?:0\d{1,3}-|\+46 \d{1,3} )[\d ]+$/);
      }
    }
  });

  it('differs in size, from a small rural municipality to a large city', () => {
    const populations = apps.map((a) => a.facts['population']).filter((p) => typeof p === 'number');
    expect(Math.min(...populations)).toBeLessThan(5_000);
    expect(Math.max(...populations)).toBeGreaterThan(100_000);
    expect(new Set(apps.map((a) => a.facts['municipalityGroup'])).size).toBeGreaterThanOrEqual(4);
  });

  // The anonymiser is tested against these texts, so every identifying form
  // a real application uses must be present in each of them.
  it('names the applicant in every realistic form', () => {
    for (const a of apps) {
      const stem = stemOf(a.applicant);
      const domain = domainOf(stem);
      const text = a.sections.map((s) => s.text).join('\n');
      const label = `${a.id} ${stem}`;
      expect(text, `${label}: genitive`).toMatch(wholeWord(`${stem}s`));
      expect(text, `${label}: compound`).toMatch(new RegExp(`${escape(stem)}s?-?\\p{Ll}{4,}`, 'u'));
      expect(text, `${label}: web`).toContain(`www.${domain}.se`);
      expect(text, `${label}: e-mail`).toContain(`@${domain}.se`);
      expect(text, `${label}: org nr`).toMatch(/\b212000-\d{4}\b/);
      expect(
        a.contacts.some((c) => text.includes(c.name)),
        `${label}: contact person`,
      ).toBe(true);
    }
  });

  it('gives every applicant its own organisation number', () => {
    const numbers = apps.map(
      (a) =>
        a.sections
          .map((s) => s.text)
          .join(' ')
          .match(/212000-\d{4}/)?.[0],
    );
    expect(new Set(numbers).size).toBe(9);
  });
});

describe('demo people', () => {
  it('has six jurors, exactly one of them chair, all parsing with the schema', () => {
    const jurors = demoJurors();
    expect(jurors.map((j) => j.id)).toEqual([1, 2, 3, 4, 5, 6].map((i) => `juror-${String(i)}`));
    expect(jurors.filter((j) => j.role === 'chair')).toHaveLength(1);
    for (const j of jurors) {
      expect(JurorSchema.parse(j)).toEqual(j);
      expect(j.organisation).not.toBe('');
    }
    expect(new Set(jurors.map((j) => j.organisation)).size).toBe(6);
  });

  it('has an organiser who is not one of the jurors', () => {
    const organiser = demoOrganiser();
    expect(organiser.name).not.toBe('');
    expect(demoJurors().map((j) => j.name)).not.toContain(organiser.name);
  });
});

describe('fictional names', () => {
  it('the reference list holds all 290 municipalities', () => {
    expect(realSet.size).toBe(290);
    for (const name of ['Stockholm', 'Göteborg', 'Malmö', 'Rättvik', 'Hammarö', 'Kalmar']) {
      expect(realSet.has(norm(name))).toBe(true);
    }
  });

  it('no demo applicant or neighbour is a real municipality', () => {
    const names = [...demoApplications().map((a) => stemOf(a.applicant)), ...FICTIONAL_NEIGHBOURS];
    for (const name of names) expect(realSet.has(norm(name)), name).toBe(false);
  });

  it('the demo texts never mention a real municipality', () => {
    const all = [
      demoRound().description,
      ...demoApplications().flatMap((a) => a.sections.map((s) => s.text)),
      ...demoJurors().flatMap((j) => [j.name, j.organisation]),
      demoOrganiser().organisation,
    ].join('\n');
    // Also in the genitive: "Rättviks kommun" credits Rättvik just as much.
    const mentioned = REAL_MUNICIPALITIES.filter(
      (name) => wholeWord(name).test(all) || wholeWord(`${name}s`).test(all),
    );
    expect(mentioned).toEqual([]);
  });
});
