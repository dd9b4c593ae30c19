import { describe, expect, it } from 'vitest';
import { anonymiseApplication } from '../../../src-shared/anonymise';
import type { Application } from '../../../src-shared/domain/round';
import { ApplicationSchema } from '../../../src-shared/domain/round';
import { redact } from './helpers';

describe("the applicant's own name", () => {
  it.each([
    ['Tallmora växer.', 'Ansökan A växer.'],
    ['Det gäller Tallmoras äldreomsorg.', 'Det gäller Ansökan A:s äldreomsorg.'],
    ['Tallmora kommun växer.', 'Ansökan A växer.'],
    ['Målen i Tallmora kommuns plan.', 'Målen i Ansökan A:s plan.'],
    ['Vi kallar det Tallmoramodellen.', 'Vi kallar det Ansökan A-modellen.'],
    ['Alla tallmorabor kan delta.', 'Alla Ansökan A-bor kan delta.'],
    ['Tallmorabor och TALLMORA', 'Ansökan A-bor och Ansökan A'],
    ['Tallmora-appen lanserades.', 'Ansökan A-appen lanserades.'],
    ['Det nya Norra Tallmora-projektet.', 'Det nya Norra Ansökan A-projektet.'],
    ['Tallmora- och grannprojekten', 'Ansökan A- och grannprojekten'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('strips the genitive s of the official form and links compounds with s', () => {
    const rattvik = { applicant: 'Rättviks kommun' };
    expect(redact('Rättviks kommun och Rättvik', rattvik)).toBe('Ansökan A och Ansökan A');
    expect(redact('Rättviksmodellen och rättviksbor', rattvik)).toBe(
      'Ansökan A-modellen och Ansökan A-bor',
    );
  });

  it('adds no genitive s to names ending in s', () => {
    const boras = { applicant: 'Borås stad' };
    expect(redact('Borås stad satsar. Boråsmodellen finns.', boras)).toBe(
      'Ansökan A satsar. Ansökan A-modellen finns.',
    );
    expect(redact('Borås stads mål', boras)).toBe('Ansökan A:s mål');
  });

  it('handles Region Gotland and Falu kommun', () => {
    expect(redact('Region Gotland och Gotlands kust', { applicant: 'Region Gotland' })).toBe(
      'Ansökan A och Ansökan A:s kust',
    );
    expect(redact('Falu kommun ligger i Falun.', { applicant: 'Falu kommun' })).toBe(
      'Ansökan A ligger i Ansökan A.',
    );
  });

  it('replaces every capitalised form of an ambiguous applicant name, never the word', () => {
    const vara = { applicant: 'Vara kommun' };
    expect(redact('Vi vill vara bäst. I Vara finns mycket.', vara)).toBe(
      'Vi vill vara bäst. I Ansökan A finns mycket.',
    );
    expect(redact('Det gäller hela Vara.', vara)).toBe('Det gäller hela Ansökan A.');
    // Naming the applicant is worse than an odd sentence.
    expect(redact('Vara delaktig är viktigt.', vara)).toBe('Ansökan A delaktig är viktigt.');
    expect(redact('Varaktiga lösningar', vara)).toBe('Varaktiga lösningar');
  });
});

describe('web and e-mail domains', () => {
  it.each([
    ['Se www.tallmora.se för mer.', 'Se [webbadress] för mer.'],
    ['Läs på tallmora.se/omsorg.', 'Läs på [webbadress].'],
    ['Läs på https://www.tallmora.se/omsorg?x=1, tack', 'Läs på [webbadress], tack'],
    ['Adresserna slutar på @tallmora.se i år.', 'Adresserna slutar på [e-post] i år.'],
    ['Intranätet intra.tallmora-omsorg.se', 'Intranätet [webbadress]'],
    ['Skriv till info@tallmora.se.', 'Skriv till [e-post].'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('folds å, ä and ö to a and o in domains', () => {
    const ljungasa = { applicant: 'Ljungåsa kommun' };
    expect(redact('Se ljungasa.se och ljungåsa.se', ljungasa)).toBe(
      'Se [webbadress] och [webbadress]',
    );
    expect(redact('Se www.bjorkmyra.se', { applicant: 'Björkmyra kommun' })).toBe(
      'Se [webbadress]',
    );
    expect(redact('Läs mer på malmo.se och goteborg.se.')).toBe(
      'Läs mer på [webbadress] och [webbadress].',
    );
  });

  it('leaves unrelated bare domains alone', () => {
    expect(redact('Läs mer på 1177.se.')).toBe('Läs mer på 1177.se.');
  });
});

describe('other municipalities', () => {
  it.each([
    ['Vi samarbetar med Kungälv.', 'Vi samarbetar med [kommun].'],
    ['Göteborgs Stad och Stockholms stads förvaltning', '[kommun] och [kommun]:s förvaltning'],
    ['Stockholmsregionen växer.', '[kommun]-regionen växer.'],
    ['Många malmöbor deltog.', 'Många [kommun]-bor deltog.'],
    ['Upplands Väsby och Upplands-Bro', '[kommun] och [kommun]'],
    ['Vi lärde av Lilla Edets kommun.', 'Vi lärde av [kommun].'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    ['Vi vill vara en förebild.', 'Vi vill vara en förebild.'],
    ['Vara kommun samarbetar med oss.', '[kommun] samarbetar med oss.'],
    ['Vi bygger på egen mark.', 'Vi bygger på egen mark.'],
    ['Marks kommun upphandlar.', '[kommun] upphandlar.'],
    ['Vi har ett avtal i Ale.', 'Vi har ett avtal i [kommun].'],
    ['Kollegor i Åre hjälpte till.', 'Kollegor i [kommun] hjälpte till.'],
    ['Material står i boden.', 'Material står i boden.'],
    ['Vara delaktig är viktigt.', 'Vara delaktig är viktigt.'],
    ['Mark och vatten ska skyddas.', 'Mark och vatten ska skyddas.'],
    ['Ärendet gick till Mark- och miljödomstolen.', 'Ärendet gick till Mark- och miljödomstolen.'],
    ['Det är en kil i sala.', 'Det är en kil i sala.'],
    ['Vi ringde Anna Berg efteråt.', 'Vi ringde Anna Berg efteråt.'],
    ['Professor Lund-Nilsson talade.', 'Professor Lund-Nilsson talade.'],
    ['Vi upphandlar med grannkommunen Ale.', 'Vi upphandlar med grannkommunen [kommun].'],
  ])('ambiguous names: %s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('replaces an ambiguous name listed next to another municipality', () => {
    expect(redact('Vi delar tjänster med Ale och Kungälv.')).toBe(
      'Vi delar tjänster med [kommun] och [kommun].',
    );
    expect(redact('Samarbetet omfattar Kungälv, Ale, Tjörn och Stenungsund.')).toBe(
      'Samarbetet omfattar [kommun], [kommun], [kommun] och [kommun].',
    );
    expect(redact('Ale och Kungälvs kommuner')).toBe('[kommun] och [kommun]:s kommuner');
  });

  it('does not break ordinary words that start with a municipality name', () => {
    const text = 'Orsaken var nybrottsarbete av Lundgren, Bergström och Markus om moral.';
    expect(redact(text)).toBe(text);
  });
});

describe('places found by context', () => {
  it('replaces a neighbour named with kommun or grannkommunen everywhere', () => {
    expect(redact('Vi delar tjänster med Ängsholms kommun. Ängsholm växer.')).toBe(
      'Vi delar tjänster med [kommun]. [kommun] växer.',
    );
    expect(redact('Vi köper via grannkommunen Orsmark. Orsmarks avtal är bra.')).toBe(
      'Vi köper via grannkommunen [kommun]. [kommun]:s avtal är bra.',
    );
  });

  it('does not take quantifiers for names', () => {
    const text = 'Flera kommuner har besökt oss. Varje kommun är unik. Två kommuner deltog.';
    expect(redact(text)).toBe(text);
  });

  it('carries a name found in one section to the others', () => {
    const app: Application = ApplicationSchema.parse({
      id: 'app-1',
      applicant: 'Tallmora kommun',
      contacts: [],
      facts: {},
      sections: [
        { title: 'Ledning', text: 'Vi upphandlar med grannkommunen Orsmark.' },
        { title: 'Orsmark och vi', text: 'Orsmark har hjälpt oss.' },
      ],
    });
    const result = anonymiseApplication(app, { pseudonym: 'Ansökan A' });
    expect(result.sections).toEqual([
      { title: 'Ledning', text: 'Vi upphandlar med grannkommunen [kommun].' },
      { title: '[kommun] och vi', text: '[kommun] har hjälpt oss.' },
    ]);
  });

  it('treats the other applicants of the round like the applicant', () => {
    const text = 'Sjöbackamodellen och sjöbackabor, se sjobacka.se.';
    expect(redact(text, { otherApplicants: ['Sjöbacka kommun', 'Tallmora kommun'] })).toBe(
      '[kommun]-modellen och [kommun]-bor, se [webbadress].',
    );
  });
});
