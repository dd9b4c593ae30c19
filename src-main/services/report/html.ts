import { translate } from '../../../src-shared/i18n/translate';
import type { MessageKey, Params } from '../../../src-shared/i18n/translate';
import { formatStat, formatTime, methodTexts } from '../../../src-shared/report/labels';
import type { FinalReport } from '../../../src-shared/report/report';

/*
 * The final report as one self-contained HTML document, for the PDF (the
 * shell prints it with JavaScript disabled) and the CLI's `--format html`.
 * Every text from a file is escaped: a motivation with <script> stays text.
 * The CSP forbids everything but the inline style, so even a mistake here
 * cannot load or run anything.
 */

const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const STYLE = `
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color: #111; line-height: 1.45; }
  h1 { font-size: 18pt; margin: 0 0 4pt; }
  h2 { font-size: 13pt; margin: 16pt 0 6pt; border-bottom: 1px solid #999; padding-bottom: 2pt; }
  table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
  caption { text-align: left; font-weight: bold; padding-bottom: 3pt; }
  th, td { border: 1px solid #bbb; padding: 3pt 5pt; text-align: left; vertical-align: top; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  tr { break-inside: avoid; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 0; }
  dt { font-weight: bold; }
  dd { margin: 0; }
  .digest { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 8.5pt; overflow-wrap: anywhere; }
  .winner { font-size: 14pt; font-weight: bold; }
  .motivation p { margin: 0 0 6pt; white-space: pre-wrap; }
  footer { margin-top: 18pt; font-size: 8.5pt; color: #444; }
`;

/** Escape text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

type Cell = { text: string; num?: boolean; className?: string };

function table(caption: string, head: readonly Cell[], rows: readonly (readonly Cell[])[]): string {
  const cell = (tag: 'th' | 'td', c: Cell, scope?: string): string => {
    const classes = [c.num === true ? 'num' : '', c.className ?? ''].filter((x) => x !== '');
    const cls = classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
    return `<${tag}${scope === undefined ? '' : ` scope="${scope}"`}${cls}>${escapeHtml(c.text)}</${tag}>`;
  };
  return [
    '<table>',
    `<caption>${escapeHtml(caption)}</caption>`,
    `<thead><tr>${head.map((h) => cell('th', h, 'col')).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((r) => `<tr>${r.map((c) => cell('td', c)).join('')}</tr>`),
    '</tbody></table>',
  ].join('\n');
}

/** The report as an HTML document (UTF-8). `appVersion` is the exporting app's. */
export function reportHtml(report: FinalReport, appVersion: string): string {
  const lang = report.language;
  const t = (key: MessageKey, params?: Params): string => translate(lang, key, params);
  const e = escapeHtml;
  const stat = (x: number | null): Cell => ({ text: formatStat(lang, x), num: true });
  const method = methodTexts(lang, report.method);
  const title = t('report.doc.title', { round: report.round.name || report.round.id });
  const chair = report.result.chair;
  const facts: [string, string, string?][] = [
    [t('report.doc.award'), report.award],
    [t('report.doc.round'), `${report.round.name} (${report.round.id})`],
    [t('report.doc.phase'), report.phaseId],
    [t('report.doc.rosterVersion'), String(report.rosterVersion)],
    [t('report.doc.resultCreated'), formatTime(lang, report.result.createdAt)],
    ...(chair === null
      ? []
      : ([[t('report.doc.chair'), `${chair.name} (${chair.fingerprint})`]] as [string, string][])),
    [t('report.doc.resultDigest'), report.result.digest, 'digest'],
  ];
  const dl = (rows: readonly [string, string, string?][]): string =>
    `<dl>${rows
      .map(([k, v, cls]) => `<dt>${e(k)}</dt><dd${cls ? ` class="${cls}"` : ''}>${e(v)}</dd>`)
      .join('')}</dl>`;
  const motivation =
    report.motivationParagraphs.length === 0
      ? `<p>${e(t('report.motivation.none'))}</p>`
      : report.motivationParagraphs.map((p) => `<p>${e(p)}</p>`).join('\n');
  const finalists =
    report.finalists.length === 0
      ? `<p>${e(t('report.finalists.none'))}</p>`
      : `<ol>${report.finalists.map((f) => `<li>${e(f.name)}</li>`).join('')}</ol>`;
  const yes = t('report.yes');
  const ranking = table(
    t('report.ranking.caption', { count: report.ranking.length }),
    [
      { text: t('report.col.rank'), num: true },
      { text: t('report.col.application') },
      { text: t('report.col.mean'), num: true },
      { text: t('report.col.median'), num: true },
      { text: t('report.col.sd'), num: true },
      { text: t('report.col.n'), num: true },
      { text: t('report.col.finalist') },
    ],
    report.ranking.map((r) => [
      { text: String(r.rank), num: true },
      { text: r.name },
      stat(r.mean),
      stat(r.median),
      stat(r.sd),
      { text: String(r.n), num: true },
      { text: r.winner ? `${yes} (${t('report.col.winner')})` : r.finalist ? yes : '' },
    ]),
  );
  const conflicts =
    report.conflicts.length === 0
      ? `<p>${e(t('report.conflicts.none'))}</p>`
      : table(
          t('report.conflicts.caption', { count: report.conflicts.length }),
          [
            { text: t('report.col.juror') },
            { text: t('report.col.application') },
            { text: t('report.col.reason') },
          ],
          report.conflicts.map((c) => [
            { text: c.jurorName },
            { text: c.applicationName },
            { text: c.reason },
          ]),
        );
  const inputs = table(
    t('report.inputs.caption', { count: report.inputs.length }),
    [
      { text: t('report.col.juror') },
      { text: t('report.col.revision'), num: true },
      { text: t('report.col.digest') },
    ],
    report.inputs.map((i) => [
      { text: i.jurorName },
      { text: String(i.revision), num: true },
      { text: i.digest, className: 'digest' },
    ]),
  );
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
${dl(facts)}
</header>
<main>
<section><h2>${e(t('report.winner.heading'))}</h2>
<p class="winner">${e(report.winner?.name ?? t('report.winner.none'))}</p></section>
<section class="motivation"><h2>${e(t('report.motivation.heading'))}</h2>
${motivation}</section>
<section><h2>${e(t('report.finalists.heading'))}</h2>
${finalists}</section>
<section><h2>${e(t('report.ranking.heading'))}</h2>
${ranking}</section>
<section><h2>${e(t('report.method.heading'))}</h2>
${dl([
  [t('report.method.aggregation'), method.aggregation],
  [t('report.method.tie'), method.tie],
  [t('report.method.normalisation'), method.normalisation],
  [t('report.method.appVersion'), report.method.appVersion],
])}</section>
<section><h2>${e(t('report.conflicts.heading'))}</h2>
${conflicts}</section>
<section><h2>${e(t('report.inputs.heading'))}</h2>
<p>${e(t('report.inputs.intro'))}</p>
${inputs}</section>
</main>
<footer>${e(t('report.doc.generated', { version: appVersion }))}</footer>
</body>
</html>
`;
}
