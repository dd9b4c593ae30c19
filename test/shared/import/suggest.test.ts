import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  hasBrokenEncoding,
  isMappingTarget,
  MAPPING_TARGETS,
  normaliseHeader,
  parseSwedishNumber,
  suggestMapping,
} from '../../../src-shared/import';

describe('suggestMapping', () => {
  it('maps the organiser spreadsheet columns', () => {
    const headers = [
      'Kommun',
      'Kontaktperson',
      'E-post',
      'Telefon',
      'Invånare',
      'Län',
      'Kommungrupp',
      'Ledning',
      'Infrastruktur',
      'Kompetens',
      'Användning',
    ];
    expect(suggestMapping(headers)).toEqual({
      mapping: [
        'applicant',
        'contact1.name',
        'contact1.email',
        'contact1.phone',
        'fact',
        'fact',
        'fact',
        'section',
        'section',
        'section',
        'section',
      ],
      unknownColumns: [],
    });
  });

  it('understands English and variant Swedish headers, in any case and without å/ä/ö', () => {
    const cases: [string, string][] = [
      ['Applicant', 'applicant'],
      ['Namn på kommunen', 'applicant'],
      ['SÖKANDE', 'applicant'],
      ['Sokande', 'applicant'],
      ['Id', 'id'],
      ['Ansökningsnummer', 'id'],
      ['Contact', 'contact1.name'],
      ['Kontakt', 'contact1.name'],
      ['Email', 'contact1.email'],
      ['Epost', 'contact1.email'],
      ['Kontaktpersonens e-post', 'contact1.email'],
      ['Phone', 'contact1.phone'],
      ['Mobiltelefon', 'contact1.phone'],
      ['Population', 'fact'],
      ['Folkmängd', 'fact'],
      ['Invanare', 'fact'],
      ['County', 'fact'],
      ['LAN', 'fact'],
      ['Kommungrupp (SKR)', 'fact'],
      ['ANVÄNDNING (max 3000 tecken)', 'section'],
      ['kompetens', 'section'],
    ];
    for (const [header, target] of cases) {
      expect(suggestMapping([header]).mapping, header).toEqual([target]);
    }
  });

  it('fills contact slots 2 and 3 from numbered headers', () => {
    const headers = ['Kontaktperson 2', 'E-post 2', 'Telefon 2', 'Kontakt 3', 'Kontakt 4'];
    expect(suggestMapping(headers)).toEqual({
      mapping: ['contact2.name', 'contact2.email', 'contact2.phone', 'contact3.name', 'ignore'],
      unknownColumns: [4],
    });
  });

  it('recognises long free text as a section and reports short unknown columns', () => {
    const long = 'Kommunen har under året infört digital nattillsyn för alla som vill. '.repeat(4);
    const headers = ['Kommun', 'Beskrivning av arbetet', 'Kommentar', '', '', 'Kommun'];
    const rows = [
      ['Tallmora', long, 'ok', '', 'x', 'Tallmora'],
      ['Sjöbacka', 'kort', 'ok', '', '', 'Sjöbacka'],
    ];
    expect(suggestMapping(headers, rows)).toEqual({
      mapping: ['applicant', 'section', 'ignore', 'ignore', 'ignore', 'ignore'],
      unknownColumns: [2, 4, 5],
    });
  });

  it('lists only targets the type guard accepts', () => {
    for (const t of MAPPING_TARGETS) expect(isMappingTarget(t)).toBe(true);
    expect(isMappingTarget('contact.email')).toBe(true);
    expect(isMappingTarget('contact4.name')).toBe(false);
    expect(isMappingTarget('__proto__')).toBe(false);
    expect(isMappingTarget(3)).toBe(false);
  });
});

describe('text helpers', () => {
  it('normalises headers for matching', () => {
    expect(normaliseHeader('  Namn på kommunen ')).toBe('namn pa kommunen');
    expect(normaliseHeader('E-post')).toBe('e post');
    expect(normaliseHeader('ÄÅÖ_é')).toBe('aao e');
  });

  it('spots mojibake but not real Swedish text', () => {
    const clean = [
      'Västerås-liknande Sjöbacka, Ljungåsa och Björkmyra – Åre, Öckerö, Ängelholm.',
      'Café, 100 €, "citat", ‘enkla’ och 50 % – ÅÄÖ åäö é ü',
      'Ã is a capital A with tilde',
    ];
    for (const t of clean) expect(hasBrokenEncoding(t), t).toBe(false);
    const broken = [
      'SjÃ¶backa',
      'LjungÃ¥sa',
      'Ã…re',
      'Ã„ngelholm',
      'Ã–ckerÃ¶',
      'a â€“ b',
      'trÃ¤',
      'x\uFFFDy',
    ];
    for (const t of broken) expect(hasBrokenEncoding(t), t).toBe(true);
  });

  it('reads Swedish numbers', () => {
    expect(parseSwedishNumber('14 200')).toBe(14200);
    expect(parseSwedishNumber('14\u00a0200')).toBe(14200);
    expect(parseSwedishNumber('14200')).toBe(14200);
    expect(parseSwedishNumber('12,5')).toBe(12.5);
    expect(parseSwedishNumber('\u22123')).toBe(-3);
    expect(parseSwedishNumber('ca 14 000')).toBeNull();
    expect(parseSwedishNumber('14 200 invånare')).toBeNull();
    expect(parseSwedishNumber('')).toBeNull();
  });

  it('names columns like Excel', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});
