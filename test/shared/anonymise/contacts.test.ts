import { describe, expect, it } from 'vitest';
import { anonymise, expectConsistent, redact } from './helpers';

describe('phone numbers', () => {
  it.each([
    '070-123 45 67',
    '070 123 45 67',
    '0701234567',
    '+46 70 123 45 67',
    '+46 (0)70-123 45 67',
    '+4670 123 45 67',
    '08-123 456 78',
    '0247-123 45',
    '010-123 45 67',
    '0980-319 233',
    '(08) 123 45 67',
  ])('%s', (phone) => {
    expect(redact(`Ring ${phone} i dag.`)).toBe('Ring [telefon] i dag.');
    expect(redact(`Ring ${phone}.`)).toBe('Ring [telefon].');
  });

  it('finds a number glued to a replaced name', () => {
    expect(redact('Dals-Ed+46 70 123 45 67')).toBe('[kommun][telefon]');
  });

  it.each([
    'År 2024 var bra.',
    'Andelen var 0,5 procent.',
    'Mötet börjar 08.30.',
    'Postnummer 123 45.',
    'Ring 08-123 45.',
    'Det kostade 1 250 000 kronor.',
  ])('leaves other numbers alone: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('organisation numbers', () => {
  it.each(['212000-1234', '2120001234', '16212000-1234'])('%s', (number) => {
    expect(redact(`Org.nr ${number}.`)).toBe('Org.nr [organisationsnummer].');
  });

  it.each(['Beslutet togs 2024-01-15.', 'Budgeten är 1000000000 kronor.', 'Id 212000-12345.'])(
    'leaves dates and other numbers alone: %s',
    (text) => {
      expect(redact(text)).toBe(text);
    },
  );
});

describe('e-mail and web addresses', () => {
  it.each([
    ['Mejla anna.svensson@exempel.nu.', 'Mejla [e-post].'],
    ['Se https://exempel.org/sida.', 'Se [webbadress].'],
    ['Se http://exempel.org och www.exempel.com!', 'Se [webbadress] och [webbadress]!'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('contact persons', () => {
  it.each([
    ['Arbetet leds av Ingrid Halvarsson.', 'Arbetet leds av [namn].'],
    ['Arbetet leds av ingrid halvarsson.', 'Arbetet leds av [namn].'],
    ['Fråga Ingrid om planen.', 'Fråga [namn] om planen.'],
    ['Ingrid svarar på frågor.', '[namn] svarar på frågor.'],
    ['Enligt Halvarssons plan.', 'Enligt [namn]:s plan.'],
    ['Ingrid Halvarssons plan.', '[namn]:s plan.'],
    ['Per-Olof svarar, liksom Sandberg.', '[namn] svarar, liksom [namn].'],
    ['Ring Ingrid på 070-174 06 05.', 'Ring [namn] på [telefon].'],
    ['Skriv till ingrid.halvarsson@tallmora.se.', 'Skriv till [e-post].'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('leaves a name alone when it is part of another name', () => {
    expect(redact('Ingrid-Maria och Anna-Ingrid deltog.')).toBe(
      'Ingrid-Maria och Anna-Ingrid deltog.',
    );
  });

  it('treats names that are also words as words at the start of a sentence', () => {
    const contacts = [{ name: 'Per Berg', email: '', phone: '' }];
    expect(redact('Per vecka kommer tio. Berg och dalar.', { contacts })).toBe(
      'Per vecka kommer tio. Berg och dalar.',
    );
    expect(redact('Vi frågade Per och fru Berg.', { contacts })).toBe(
      'Vi frågade [namn] och fru [namn].',
    );
    expect(redact('Vi vill ha en stig per by.', { contacts })).toBe('Vi vill ha en stig per by.');
  });

  it('catches a contact phone in an unusual format as written', () => {
    const contacts = [{ name: 'Ada Ek', email: '', phone: '123-45 67 89' }];
    expect(redact('Ring 123-45 67 89.', { contacts })).toBe('Ring [telefon].');
  });
});

describe('terms added and removed by the organiser', () => {
  it('replaces extra terms in any case, with a genitive', () => {
    expect(
      redact('Byarna Östanmyra och ÖSTANMYRA, östanmyras skola.', { extraTerms: ['Östanmyra'] }),
    ).toBe('Byarna [borttaget] och [borttaget], [borttaget]:s skola.');
  });

  it('never replaces removed terms', () => {
    expect(redact('Vi samarbetar med Kungälv.', { removedTerms: ['Kungälv'] })).toBe(
      'Vi samarbetar med Kungälv.',
    );
    expect(redact('Tallmora kommun och Tallmoras mål.', { removedTerms: ['tallmora'] })).toBe(
      'Tallmora kommun och Tallmoras mål.',
    );
  });

  it('does not let a removed term reopen an address that contains it', () => {
    expect(
      redact('Halvarsson nås på ingrid.halvarsson@tallmora.se.', { removedTerms: ['Halvarsson'] }),
    ).toBe('Halvarsson nås på [e-post].');
  });

  it('lets a removed term override an extra term', () => {
    expect(
      redact('Östanmyra skola', { extraTerms: ['Östanmyra'], removedTerms: ['Östanmyra'] }),
    ).toBe('Östanmyra skola');
  });
});

describe('replacement positions', () => {
  it('point at the original and the redacted text', () => {
    const original =
      'Tallmora kommuns plan leds av Ingrid Halvarsson (070-174 06 05, ingrid.halvarsson@tallmora.se). ' +
      'Vi samarbetar med Ale och Kungälv; se www.tallmora.se. Tallmoramodellen, org.nr 212000-9135.';
    const result = anonymise(original);
    expectConsistent(original, result);
    expect(result.replacements.map((r) => [r.from, r.to, r.kind])).toEqual([
      ['Tallmora kommuns', 'Ansökan A:s', 'applicant'],
      ['Ingrid Halvarsson', '[namn]', 'person'],
      ['070-174 06 05', '[telefon]', 'phone'],
      ['ingrid.halvarsson@tallmora.se', '[e-post]', 'email'],
      ['Ale', '[kommun]', 'municipality'],
      ['Kungälv', '[kommun]', 'municipality'],
      ['www.tallmora.se', '[webbadress]', 'web'],
      ['Tallmora', 'Ansökan A-', 'applicant'],
      ['212000-9135', '[organisationsnummer]', 'orgNumber'],
    ]);
    const first = result.replacements[0];
    expect(first).toMatchObject({ start: 0, end: 16, redactedStart: 0, redactedEnd: 11 });
  });
});
