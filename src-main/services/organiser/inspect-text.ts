/*
 * Plain-text layout of the CLI `inspect` (src-main/cli/commands/inspect.ts):
 * kind labels and the verified content. The JSON output (--json) carries the
 * same content as structured data.
 */

export const KIND_LABELS: ReadonlyMap<string, string> = new Map([
  ['package', 'jury package'],
  ['score-file', 'score file'],
  ['result', 'result'],
  ['identity-card', 'identity card'],
  ['keyfile', 'key file'],
  ['backup', 'vault backup'],
  ['vault-header', 'vault header (vault.json)'],
  ['round', 'round definition'],
  ['applications', 'application file'],
  ['jurors', 'juror list'],
  ['other', 'Juryrum file of an unknown kind'],
]);

/** Labels of the clear fields (FileDescription.details). */
const DETAIL_LABELS: ReadonlyMap<string, string> = new Map([
  ['award', 'Award'],
  ['roundId', 'Round'],
  ['phaseId', 'Phase'],
  ['rosterVersion', 'Roster'],
  ['recipientKeyId', 'For key id'],
  ['createdAt', 'Created'],
  ['vaultId', 'Vault'],
  ['name', 'Name'],
  ['criteria', 'Criteria'],
  ['applications', 'Applications'],
  ['jurors', 'Jurors'],
  ['kdf', 'KDF'],
]);

/** One aligned "Label: value" line. */
export function detailLine(key: string, value: string): string {
  return `${`${DETAIL_LABELS.get(key) ?? key}:`.padEnd(9)} ${value}`;
}

type Row = Record<string, unknown>;

const rows = (value: unknown): Row[] =>
  Array.isArray(value) ? value.filter((v): v is Row => typeof v === 'object' && v !== null) : [];

const str = (value: unknown): string =>
  value === null || value === undefined
    ? '–'
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

function packageLines(c: Row): string[] {
  const round = (c['round'] ?? {}) as Row;
  const phase = (c['phase'] ?? {}) as Row;
  const juror = (c['juror'] ?? {}) as Row;
  const criteria = rows(c['criteria']);
  const apps = rows(c['applications']);
  return [
    `Round:    ${str(round['name'])} [${str(round['id'])}], ${str(round['year'])} (${str(c['award'])})`,
    `Phase:    ${str(phase['name'])} [${str(phase['id'])}], ${phase['anonymised'] === true ? 'anonymised' : 'named'}`,
    `For:      ${str(juror['name'])} [${str(juror['jurorId'])}]`,
    `Roster:   version ${str(c['rosterVersion'])}, ${str(c['jurors'])} jurors, chair ${str(c['chair'])}`,
    `Issued:   ${str(c['issuedAt'])}`,
    `Criteria (${criteria.length}):`,
    ...criteria.map(
      (k) =>
        `  ${str(k['key']).padEnd(4)}${str(k['name'])} — weight ${str(k['weight'])}, scale ${str(k['scale'])}${k['cannotAssess'] === true ? ', cannot assess allowed' : ''}`,
    ),
    `Applications (${apps.length}):`,
    ...apps.flatMap((a) => [
      `  ${str(a['id']).padEnd(12)}${str(a['pseudonym'])}${a['applicant'] === a['pseudonym'] ? '' : ` — ${str(a['applicant'])}`}`,
      ...rows(a['attachments']).map(attachmentLine),
    ]),
  ];
}

/** "12.3 KiB" and the like, for attachment sizes. */
function sizeText(value: unknown): string {
  if (typeof value !== 'number') return str(value);
  if (value < 1024) return `${value} B`;
  if (value < 1024 * 1024) return `${(value / 1024).toFixed(1)} KiB`;
  return `${(value / (1024 * 1024)).toFixed(1)} MiB`;
}

/** One attachment under its application: name, kind, size and the start of its SHA-256. */
function attachmentLine(x: Row): string {
  const sha = typeof x['sha256'] === 'string' ? `${x['sha256'].slice(0, 12)}…` : '–';
  return `      attachment: ${str(x['name'])} (${str(x['kind'])}, ${sizeText(x['size'])}, sha256 ${sha})`;
}

function scoreLines(c: Row): string[] {
  const juror = (c['juror'] ?? {}) as Row;
  const counts = (c['counts'] ?? {}) as Row;
  return [
    `Juror:    ${str(juror['name'])} [${str(juror['jurorId'])}]`,
    `Revision: ${str(c['revision'])} (${str(c['status'])}), made ${str(c['createdAt'])}`,
    `Previous: ${str(c['previousDigest'])}`,
    `Counts:   ${str(counts['applications'])} applications, ${str(counts['scores'])} scores, ${str(counts['cannotAssess'])} cannot assess, ${str(counts['empty'])} empty, ${str(counts['comments'])} comments, ${str(counts['conflicts'])} declared conflicts`,
  ];
}

function resultLines(c: Row): string[] {
  const finalists = Array.isArray(c['finalists']) ? c['finalists'].map(str) : [];
  return [
    `Winner:   ${str(c['winner'])}`,
    `Finalists: ${finalists.length === 0 ? '–' : finalists.join(', ')}`,
    `Ranked:   ${str(c['ranked'])} applications from ${str(c['scoreFiles'])} score files (${str(c['method'])})`,
    `Made:     ${str(c['createdAt'])}; ${str(c['decisions'])} decisions, ${str(c['scoreChanges'])} changed scores`,
  ];
}

/** Lines for the verified content of one kind of file. */
export function formatContent(kind: string, content: Row): string[] {
  const head = 'Verified content:';
  switch (kind) {
    case 'package':
      return [head, ...packageLines(content)];
    case 'score-file':
      return [head, ...scoreLines(content)];
    case 'result':
      return [head, ...resultLines(content)];
    default:
      return [head, ...Object.entries(content).map(([k, v]) => detailLine(k, str(v)))];
  }
}
