import { describe, expect, it } from 'vitest';
import { escapeHtml, reportHtml } from '../../../src-main/services/report';
import { buildReport } from '../../../src-shared/report/report';
import { ResultPayloadSchema } from '../../../src-shared/exchange';

const HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';

function report() {
  const result = ResultPayloadSchema.parse({
    format: 'juryrum.result',
    version: 1,
    award: 'Priset',
    roundId: 'r-1',
    phaseId: 'p',
    rosterVersion: 1,
    signerKeyId: '1'.repeat(32),
    recipientKeyId: '2'.repeat(32),
    createdAt: '2026-04-30T15:00:00.000Z',
    appVersion: '0.1.0',
    method: {
      aggregation: 'mean of weighted totals',
      tiePolicy: { choice: 'shared', kind: 'shared' },
      normalisation: 'none',
    },
    ranking: [
      {
        applicationId: 'app-01',
        rank: 1,
        mean: 4,
        median: 4,
        trimmedMean: 4,
        sd: 0,
        range: 0,
        n: 3,
      },
    ],
    aggregates: [],
    finalists: ['app-01'],
    winner: 'app-01',
    motivation: `${HOSTILE}\n\nAndra stycket.`,
    minutes: '',
    decisions: [],
    scoreChanges: [],
    conflicts: [{ jurorId: 'juror-1', applicationId: 'app-01', reason: HOSTILE }],
    inputs: [{ jurorId: 'juror-1', revision: 2, digest: 'f'.repeat(64) }],
  });
  return buildReport({
    result,
    digest: 'c'.repeat(64),
    round: { id: 'r-1', name: `Omgång ${HOSTILE}`, year: 2026 },
    applications: [{ id: 'app-01', applicant: `Kommun ${HOSTILE}` }],
    jurors: [{ jurorId: 'juror-1', name: 'Åsa' }],
    chair: { name: 'Åsa', fingerprint: '1' },
    language: 'sv',
  });
}

describe('the report as HTML', () => {
  it('escapes every text from the file: the motivation with <script> stays text', () => {
    const html = reportHtml(report(), '0.1.0');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</p>',
    );
    expect(html).toContain('<p>Andra stycket.</p>');
    expect(html.match(/<script/g)).toBeNull();
  });

  it('is a self-contained document: language, CSP forbidding loads, tables with captions', () => {
    const html = reportHtml(report(), '9.9.9');
    expect(html.startsWith('<!doctype html>\n<html lang="sv">')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:|\/\/|file:)/);
    expect(html).toContain('<caption>Rangordning av 1 ansökningar');
    expect(html).toContain('<th scope="col" class="num">Rang</th>');
    expect(html).toContain('<td class="digest">' + 'f'.repeat(64) + '</td>');
    expect(html).toContain('Skapad med Juryrum 9.9.9.');
  });

  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
