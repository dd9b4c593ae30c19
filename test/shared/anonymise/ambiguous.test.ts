import { describe, expect, it } from 'vitest';
import { anonymiseApplication, leakCheck } from '../../../src-shared/anonymise';
import { ApplicationSchema } from '../../../src-shared/domain/round';
import { redact } from './helpers';

/*
 * Municipalities whose names are also ordinary words or names. The place
 * must go; the word must stay. See name-rules.ts (makeNameRule) for the rule.
 */

describe("an ambiguous applicant's own name", () => {
  const sala = { applicant: 'Sala kommun' };

  it.each([
    ['Sala har 23 000 invånare.', 'Ansökan A har 23 000 invånare.'],
    ['Salas äldreomsorg är bra.', 'Ansökan A:s äldreomsorg är bra.'],
    ['Salamodellen sprids.', 'Ansökan A-modellen sprids.'],
    ['Vi följer Sala-modellen.', 'Vi följer Ansökan A-modellen.'],
    [
      'Vi samarbetar med Sala kommun och besöker Sala ofta',
      'Vi samarbetar med Ansökan A och besöker Ansökan A ofta',
    ],
  ])('is replaced in every form: %s', (text, expected) => {
    expect(redact(text, sala)).toBe(expected);
  });

  it('leaves the lower-case word and listed ordinary words alone', () => {
    expect(redact('Det är en sala. Salami och Salamander.', sala)).toBe(
      'Det är en sala. Salami och Salamander.',
    );
    const mark = { applicant: 'Marks kommun' };
    expect(redact('Mark satsar. Marknaden växer på egen mark.', mark)).toBe(
      'Ansökan A satsar. Marknaden växer på egen mark.',
    );
    const kil = { applicant: 'Kils kommun' };
    expect(redact('Kilometer för kilometer bygger Kil ut fibern.', kil)).toBe(
      'Kilometer för kilometer bygger Ansökan A ut fibern.',
    );
  });
});

describe('ambiguous municipalities used as places', () => {
  it.each([
    ['Vi besökte Bjuv i fjol', 'Vi besökte [kommun] i fjol'],
    ['Åre är populärt.', '[kommun] är populärt.'],
    ['Bjuv/Tibro/Boden har en plan.', '[kommun]/[kommun]/[kommun] har en plan.'],
    ['Ett bra exempel är Ale.', 'Ett bra exempel är [kommun].'],
    ['Sala har 23 000 invånare.', '[kommun] har 23 000 invånare.'],
    [
      'Vi samarbetar med Sala kommun och besöker Sala ofta.',
      'Vi samarbetar med [kommun] och besöker [kommun] ofta.',
    ],
    [
      'Vi åkte till Kil. Kils bibliotek hjälpte.',
      'Vi åkte till [kommun]. [kommun]:s bibliotek hjälpte.',
    ],
    ['Kollegor från Vara och Mark kom.', 'Kollegor från [kommun] och [kommun] kom.'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('replaces every capitalised mention once the text shows it is the place', () => {
    expect(redact('Marks kommun har en plan. Mark satsar brett. Vi följer Markmodellen.')).toBe(
      '[kommun] har en plan. [kommun] satsar brett. Vi följer [kommun]-modellen.',
    );
    expect(redact('Vara delaktig är målet i Vara. Det kan vara svårt.')).toBe(
      '[kommun] delaktig är målet i [kommun]. Det kan vara svårt.',
    );
  });

  it('carries a confirmed place to every section of the application', () => {
    const app = ApplicationSchema.parse({
      id: 'app-1',
      applicant: 'Tallmora kommun',
      contacts: [],
      facts: {},
      sections: [
        { title: 'Ledning', text: 'Vi köper tjänster av Marks kommun.' },
        { title: 'Mark', text: 'Mark har hjälpt oss. Vi bygger på egen mark.' },
      ],
    });
    const result = anonymiseApplication(app, { pseudonym: 'Ansökan A' });
    expect(result.sections).toEqual([
      { title: 'Ledning', text: 'Vi köper tjänster av [kommun].' },
      { title: '[kommun]', text: '[kommun] har hjälpt oss. Vi bygger på egen mark.' },
    ]);
  });
});

describe('ambiguous municipalities used as common words', () => {
  it.each([
    'Vara sig du vill eller inte.',
    'Vi vill vara en förebild.',
    'Mark och vatten ska skyddas.',
    'Vi bygger på egen mark.',
    'Kil är ett enkelt verktyg. En kil håller dörren.',
    'Kilometer för kilometer.',
    'Årets satsning är stor. Åren går fort.',
    'En ale till maten.',
    'Alexander berättade om Salamandern.',
    'Marknaden växer.',
    'Det är en kil i sala.',
    'Vi ringde Anna Berg efteråt.',
  ])('%s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('the leak check on ambiguous names', () => {
  it('reports what was left, even at the start of a sentence, with genitive and compounds', () => {
    const text = 'Vara sig du vill. Marks plan är bra. Markmodellen sprids. Kil är ett verktyg.';
    expect(redact(text)).toBe(text);
    expect(leakCheck(text).map((f) => [f.word, f.reason])).toEqual([
      ['Vara', 'ambiguous-place'],
      ['Marks', 'ambiguous-place'],
      ['Markmodellen', 'ambiguous-place'],
      ['Kil', 'ambiguous-place'],
    ]);
  });

  it('does not report ordinary words that start with an ambiguous name', () => {
    expect(
      leakCheck('Marknaden växer. Årets satsning. Kilometer för kilometer. Alexander.'),
    ).toEqual([]);
  });
});
