import { describe, expect, it } from 'vitest';
import { buildReport, paragraphsOf } from '../../../src-shared/report/report';
import type { ReportSource } from '../../../src-shared/report/report';
import { csvCell, reportCsv, reportCsvText } from '../../../src-shared/report/csv';
import { formatStat, methodTexts } from '../../../src-shared/report/labels';
import { ResultPayloadSchema } from '../../../src-shared/exchange';

const DIGEST = 'a'.repeat(64);

/** A small result, written by hand: three applications, two jurors. */
function source(overrides: Partial<ReportSource> = {}): ReportSource {
  const result = ResultPayloadSchema.parse({
    format: 'juryrum.result',
    version: 1,
    award: 'Priset',
    roundId: 'r-2026',
    phaseId: 'final',
    rosterVersion: 2,
    signerKeyId: '1'.repeat(32),
    recipientKeyId: '2'.repeat(32),
    createdAt: '2026-04-30T15:00:00.000Z',
    appVersion: '0.1.0',
    method: {
      aggregation: 'mean of weighted totals',
      tiePolicy: { choice: 'chain', kind: 'chain', steps: [{ by: 'median' }] },
      normalisation: 'none',
    },
    ranking: [
      {
        applicationId: 'app-02',
        rank: 2,
        mean: 3.5,
        median: 3.5,
        trimmedMean: 3.5,
        sd: 0.7071067811865476,
        range: 1,
        n: 2,
      },
      {
        applicationId: 'app-01',
        rank: 1,
        mean: 4.25,
        median: 4.25,
        trimmedMean: 4.25,
        sd: 0.3535533905932738,
        range: 0.5,
        n: 2,
      },
      {
        applicationId: 'app-03',
        rank: 3,
        mean: null,
        median: null,
        trimmedMean: null,
        sd: null,
        range: null,
        n: 0,
      },
    ],
    aggregates: [],
    finalists: ['app-01', 'app-02'],
    winner: 'app-01',
    motivation: 'Första stycket <script>alert(1)</script>.\r\n\r\n  Andra stycket.\n\n\n',
    minutes: '',
    decisions: [],
    scoreChanges: [],
    conflicts: [{ jurorId: 'juror-2', applicationId: 'app-03', reason: 'Jäv' }],
    inputs: [
      { jurorId: 'juror-1', revision: 1, digest: DIGEST },
      { jurorId: 'juror-9', revision: 3, digest: 'b'.repeat(64) },
    ],
  });
  return {
    result,
    digest: 'c'.repeat(64),
    round: { id: 'r-2026', name: 'Priset 2026', year: 2026 },
    applications: [
      { id: 'app-01', applicant: 'Tallmora kommun' },
      { id: 'app-02', applicant: 'Ek; "Björk"\nkommun' },
    ],
    jurors: [
      { jurorId: 'juror-1', name: 'Åsa Öberg' },
      { jurorId: 'juror-2', name: 'Bo Ek' },
    ],
    chair: { name: 'Åsa Öberg', fingerprint: '12345 67890' },
    language: 'sv',
    ...overrides,
  };
}

describe('buildReport', () => {
  it('names applications and jurors from the round, sorts by rank and marks winner and finalists', () => {
    const r = buildReport(source());
    expect(r.format).toBe('juryrum.report');
    expect(r.winner).toEqual({ applicationId: 'app-01', name: 'Tallmora kommun' });
    expect(r.finalists.map((f) => f.name)).toEqual(['Tallmora kommun', 'Ek; "Björk"\nkommun']);
    expect(r.ranking.map((x) => [x.rank, x.applicationId, x.finalist, x.winner])).toEqual([
      [1, 'app-01', true, true],
      [2, 'app-02', true, false],
      [3, 'app-03', false, false],
    ]);
    // An id the round does not know keeps its id as the name.
    expect(r.ranking[2]?.name).toBe('app-03');
    expect(r.conflicts).toEqual([
      {
        jurorId: 'juror-2',
        jurorName: 'Bo Ek',
        applicationId: 'app-03',
        applicationName: 'app-03',
        reason: 'Jäv',
      },
    ]);
    expect(r.inputs.map((i) => i.jurorName)).toEqual(['Åsa Öberg', 'juror-9']);
    expect(r.method).toMatchObject({ tieChoice: 'chain', appVersion: '0.1.0' });
    expect(r.result).toEqual({
      digest: 'c'.repeat(64),
      createdAt: '2026-04-30T15:00:00.000Z',
      chair: { name: 'Åsa Öberg', fingerprint: '12345 67890' },
    });
  });

  it('keeps the motivation as text, split into trimmed paragraphs', () => {
    const r = buildReport(source());
    expect(r.motivationParagraphs).toEqual([
      'Första stycket <script>alert(1)</script>.',
      'Andra stycket.',
    ]);
    expect(paragraphsOf('   \n\n  ')).toEqual([]);
  });

  it('is deterministic and does not use keys of Object.prototype', () => {
    const s = source({ applications: [{ id: '__proto__', applicant: 'X' }] });
    expect(JSON.stringify(buildReport(s))).toBe(JSON.stringify(buildReport(s)));
    expect(({} as Record<string, unknown>)['app-01']).toBeUndefined();
  });
});

describe('labels', () => {
  it('formats statistics with two decimals, a decimal comma in Swedish, and a dash for none', () => {
    expect(formatStat('sv', 4.25)).toBe('4,25');
    expect(formatStat('en', 0.7071067811865476)).toBe('0.71');
    expect(formatStat('sv', null)).toBe('–');
  });

  it('says the method in words, and shows an unknown value as written', () => {
    const r = buildReport(source());
    expect(methodTexts('sv', r.method)).toEqual({
      aggregation: 'Medelvärdet av jurymedlemmarnas viktade totaler',
      tie: 'Standardkedjan',
      normalisation: 'Ingen',
    });
    expect(
      methodTexts('en', { ...r.method, aggregation: 'other', tieChoice: null }).aggregation,
    ).toBe('other');
  });
});

describe('CSV', () => {
  it('quotes ; " and line breaks, and guards formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('-1;x')).toBe('"\'-1;x"');
  });

  it('writes the ranking with a BOM, semicolons, CRLF and Swedish decimals', () => {
    const r = buildReport(source());
    const file = reportCsv(r);
    expect(file.startsWith('\ufeff')).toBe(true);
    expect(reportCsvText(r).split('\r\n')).toEqual([
      'Rang;Id;Ansökan;Medel;Median;Standardavvikelse;Variationsbredd;Antal bedömningar;Finalist;Vinnare',
      '1;app-01;Tallmora kommun;4,25;4,25;0,35;0,50;2;Ja;Ja',
      '2;app-02;"Ek; ""Björk""\nkommun";3,50;3,50;0,71;1,00;2;Ja;',
      '3;app-03;app-03;;;;;0;;',
      '',
    ]);
  });

  it('writes English headers and decimal points in English', () => {
    const text = reportCsvText(buildReport(source({ language: 'en' })));
    expect(text.split('\r\n')[1]).toBe('1;app-01;Tallmora kommun;4.25;4.25;0.35;0.50;2;Yes;Yes');
  });
});
