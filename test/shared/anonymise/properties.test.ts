import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymiseText, compileTerms } from '../../../src-shared/anonymise';
import { TALLMORA, expectConsistent } from './helpers';

const terms = compileTerms({
  ...TALLMORA,
  otherApplicants: ['Sjöbacka kommun', 'Ängsholms kommun'],
  extraTerms: ['Östanmyra', 'borttaget'],
  removedTerms: ['Kil'],
});

/** Pieces that the matchers react to, so that random texts hit many rules at once. */
const FRAGMENTS = [
  ...[
    'Tallmora',
    'tallmora',
    'Sjöbacka',
    'Vara',
    'Mark',
    'Ale',
    'Kil',
    'Kungälv',
    'Åre',
    'Orsmark',
  ],
  ...[
    'Ingrid',
    'Halvarsson',
    'Per-Olof',
    'Sandberg',
    'Berg',
    'Per',
    'Östanmyra',
    'Region',
    'Ängsholm',
  ],
  ...['s', 'kommun', 'kommuns', 'kommuner', 'stad', 'grannkommunen', 'i', 'och', 'modellen', 'bor'],
  ...['070', '123', '45', '67', '0', '+46', '(0)', '08', '212000', '1234', '16', '2024'],
  ...['@', '.se', '.', 'www.', 'https://', '/', '-', ':s', ',', ' ', ' ', ' ', '\n', '(', ')'],
  ...[
    'Göteborg',
    'Stockholms',
    'Lund',
    'Falu',
    'Gotland',
    'appen',
    'kungälv',
    'Vilhelmina',
    'Nora',
  ],
  ...['Östra Göinge', 'Upplands', 'Väsby', 'Dals-Ed', 'Hjo', 'rt', 'Tallmoraorsmark', 'Ansökan B'],
  ...['[kommun]', '[namn]', '[borttaget]', 'Ansökan A', 'Ansökan A:s', 'Ansökan A-', 'ö', 'Å'],
];
const mixedText = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 200, unit: 'binary' }), mixedText);

describe('anonymiseText on arbitrary input', () => {
  it('never throws and reports consistent positions', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectConsistent(text, anonymiseText(text, terms));
      }),
      { numRuns: 600 },
    );
  });

  it('changes nothing more when run on its own output', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = anonymiseText(text, terms);
        const twice = anonymiseText(once.text, terms);
        expect(twice.replacements).toEqual([]);
        expect(twice.text).toBe(once.text);
      }),
      { numRuns: 600 },
    );
  });

  it('leaves text without names, numbers or addresses unchanged', () => {
    const plain = fc
      .array(
        fc.constantFrom('vi', 'vill', 'vara', 'på', 'mark', 'och', 'en', 'kil', 'boden', ' '),
        {
          maxLength: 30,
        },
      )
      .map((w) => w.join(' '));
    fc.assert(
      fc.property(plain, (text) => {
        expect(anonymiseText(text, terms).text).toBe(text);
      }),
    );
  });

  it.each([
    ['dotted labels', 'a.'.repeat(50_000)],
    ['at signs', 'a@b.'.repeat(25_000)],
    ['a long list of ambiguous names', 'Vara, '.repeat(16_000) + 'Kungälv'],
    ['a long chain of compounds', 'Kalmar' + 'kalmar'.repeat(16_000)],
    ['many cue phrases', 'grannkommunen Abcd '.repeat(5_000)],
  ])(
    'stays linear on hostile input: %s',
    (_name, text) => {
      // Quadratic behaviour would take minutes at this size; this bound only
      // catches that, not ordinary slowness on a busy machine.
      const started = Date.now();
      anonymiseText(text, terms);
      expect(Date.now() - started).toBeLessThan(8_000);
    },
    30_000,
  );

  it('handles a large text in reasonable time', () => {
    const paragraph =
      'Tallmora kommun samarbetar med Kungälv och grannkommunen Orsmark. Ring 070-123 45 67 eller ' +
      'skriv till ingrid.halvarsson@tallmora.se. Vi vill vara en förebild på egen mark.\n';
    const text = paragraph.repeat(500);
    const started = Date.now();
    const result = anonymiseText(text, terms);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.text).not.toMatch(/tallmora|Kungälv|Orsmark|070-123/iu);
  });
});
