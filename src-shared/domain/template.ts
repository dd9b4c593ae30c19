import type { z } from 'zod';
import { CriterionSchema, PhaseSchema, ScaleSchema } from './round';
import type { Criterion, Phase, Scale } from './round';

/*
 * The default criteria template for Sveriges eHälsokommun.
 *
 * The four LIKA areas (Ledning, Infrastruktur, Kompetens, Användning) come
 * from the application form; the four further criteria are what the jury says
 * it weighs especially. Data is written as schema *input* and parsed on the
 * way out, so the branded ids are produced by the schema rather than by casts,
 * and a typo in the template fails loudly the first time it is used.
 */

type ScaleInput = z.input<typeof ScaleSchema>;
type CriterionInput = z.input<typeof CriterionSchema>;

/**
 * The 1–5 scale with one written anchor per level, following the maturity
 * steps of SKR's LIKA self-assessment (ej planerad … uppnådd). "Ej relevant"
 * is not a level: jurors use the explicit "cannot assess" choice instead.
 */
const SCALE_1_TO_5 = {
  min: 1,
  max: 5,
  allowCannotAssess: true,
  anchors: [
    {
      value: 1,
      label: 'Ej planerad',
      description:
        'Området saknas i ansökan eller beskrivs bara i allmänna ordalag, utan beslut eller plan.',
    },
    {
      value: 2,
      label: 'Planerad',
      description:
        'Det finns ett beslut eller en tydlig plan för de närmaste ett till två åren, men arbetet har ännu inte börjat.',
    },
    {
      value: 3,
      label: 'Påbörjad',
      description:
        'Förstudie, planering eller enstaka piloter pågår, men resultaten är ännu begränsade till en liten del av verksamheten.',
    },
    {
      value: 4,
      label: 'Nästan där',
      description:
        'Arbetet införs brett i verksamheten och ger redovisad nytta för invånare eller medarbetare på flera håll.',
    },
    {
      value: 5,
      label: 'Uppnådd',
      description:
        'Arbetet är fullt infört, används i hela verksamheten, följs upp och sprids vidare till andra.',
    },
  ],
} satisfies ScaleInput;

/** The default 1–5 maturity scale, as a fresh object on every call. */
export function defaultScale(): Scale {
  return ScaleSchema.parse(SCALE_1_TO_5);
}

/** Key, name, guidance and weight; every criterion uses the default scale. */
const CRITERIA: ReadonlyArray<Omit<CriterionInput, 'scale'>> = [
  {
    key: 'L',
    name: 'Ledning',
    weight: 1,
    guidance:
      'Bedöm hur väl politik och ledning prioriterar digitaliseringen av vård och omsorg. ' +
      'Finns det en strategi eller handlingsplan med mål som följs upp, och är det tydligt vem som ansvarar? ' +
      'Väg också in hur kommunen organiserar arbetet och hur den hanterar upphandling och avtal.',
  },
  {
    key: 'I',
    name: 'Infrastruktur',
    weight: 1,
    guidance:
      'Bedöm de grundförutsättningar som gör digitala tjänster möjliga: nätverk och trådlöst nät i verksamheterna, ' +
      'gemensamma system, säker inloggning och e-tjänster för invånarna. ' +
      'Se efter om lösningarna är tillgängliga för alla, till exempel enligt WCAG 2.1 AA, och om de håller över tid.',
  },
  {
    key: 'K',
    name: 'Kompetens',
    weight: 1,
    guidance:
      'Bedöm hur kommunen bygger digital kompetens hos medarbetare, chefer och invånare som använder tjänsterna. ' +
      'Finns det stöd nära verksamheten, till exempel digitala ombud, och kunskap om informationssäkerhet? ' +
      'Utbildning som når många väger tyngre än enstaka kurser för ett fåtal.',
  },
  {
    key: 'A',
    name: 'Användning',
    weight: 1,
    guidance:
      'Bedöm i vilken utsträckning välfärdsteknik och e-tjänster faktiskt används och vilken nytta de ger invånare och personal. ' +
      'Breda införanden med redovisade resultat väger tyngre än piloter och projekt som ännu inte lämnat försöksstadiet.',
  },
  {
    key: 'D',
    name: 'Inflytande och delaktighet',
    // The jury gives work for the individual's influence special weight.
    weight: 2,
    guidance:
      'Bedöm hur digitaliseringen stärker den enskildes inflytande, självständighet och delaktighet i samhället. ' +
      'Har invånare, brukare och anhöriga varit med och format lösningarna, och når de personer med funktionsnedsättning ' +
      'och andra som lätt hamnar utanför? Detta kriterium väger dubbelt.',
  },
  {
    key: 'W',
    name: 'Arbetssätt och arbetsmiljö',
    weight: 1,
    guidance:
      'Bedöm om digitaliseringen har lett till förändrade arbetssätt och en bättre arbetsmiljö för medarbetarna. ' +
      'Sök efter konkreta exempel, som minskad stress, färre onödiga resor eller mer tid för möten med brukarna, ' +
      'och om medarbetarna själva varit delaktiga i förändringen.',
  },
  {
    key: 'S',
    name: 'Utvecklingssteg under året',
    weight: 1,
    guidance:
      'Bedöm hur långt kommunen har kommit under det senaste året jämfört med var den stod tidigare. ' +
      'Ett stort kliv från planering till bred användning kan ge höga poäng även om utgångsläget var svagt. ' +
      'Särskilt berömvärda insatser under året, som att dela med sig av erfarenheter till andra, räknas hit.',
  },
  {
    key: 'P',
    name: 'Resultat i förhållande till förutsättningar',
    weight: 1,
    guidance:
      'Bedöm resultaten i ljuset av kommunens storlek, geografi och resurser, som de framgår av faktarutan. ' +
      'En liten landsbygdskommun ska inte missgynnas för att den är liten: det avgörande är vad kommunen har åstadkommit ' +
      'med de förutsättningar den har.',
  },
];

/**
 * The default template for Sveriges eHälsokommun: the eight criteria
 * L, I, K, A, D, W, S, P on the 1–5 scale, with D at double weight.
 */
export function ehalsokommunTemplate(): { criteria: Criterion[] } {
  const criteria = CRITERIA.map((c) => CriterionSchema.parse({ ...c, scale: SCALE_1_TO_5 }));
  return { criteria };
}

/**
 * The two phases of a round: an anonymised assessment of every application,
 * then a named final among the finalists.
 */
export function ehalsokommunPhases(): Phase[] {
  return PhaseSchema.array().parse([
    { id: 'bedomning', name: 'Bedömning', anonymised: true },
    { id: 'final', name: 'Final', anonymised: false },
  ]);
}
