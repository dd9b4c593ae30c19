import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { runCli } from '../../../src-main/cli/run';
import { writeDemo } from '../../../src-main/services/demo/write-demo';
import { openResultWithCard } from '../../../src-main/services/report';
import { importKeyFile } from '../../../src-main/services/crypto';
import { tamper } from '../chair/jury';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

let dir: string;
let resultPath: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'juryrum-report-cli-'));
  await writeDemo(dir);
  const [name] = readdirSync(join(dir, 'result'));
  if (name === undefined) throw new Error('the demo folder has a result');
  resultPath = join(dir, 'result', name);
}, 60_000);

const args = (format: string, out: string, extra: string[] = []): string[] => [
  'report',
  '--result',
  resultPath,
  '--identity',
  join(dir, 'keys/organiser-1.juryrum-keys'),
  '--passphrase-file',
  join(dir, 'passphrases/organiser-1.txt'),
  '--chair-card',
  join(dir, 'cards/juror-1.juryrum-id'),
  '--round',
  join(dir, 'round.json'),
  '--applications',
  join(dir, 'applications.json'),
  '--jurors',
  join(dir, 'jurors.json'),
  '--format',
  format,
  '--out',
  out,
  ...extra,
];

describe('report on the demo folder', () => {
  it('the demo writes identity cards and the chair’s signed result, which the organiser opens', async () => {
    expect(readdirSync(join(dir, 'cards')).sort()).toEqual(
      ['juror-1', 'juror-2', 'juror-3', 'juror-4', 'juror-5', 'juror-6', 'organiser-1'].map(
        (id) => `${id}.juryrum-id`,
      ),
    );
    const pass = readFileSync(join(dir, 'passphrases/organiser-1.txt'), 'utf8').trim();
    const me = await importKeyFile(readFileSync(join(dir, 'keys/organiser-1.juryrum-keys')), pass);
    const opened = openResultWithCard(
      new Uint8Array(readFileSync(resultPath)),
      me,
      new Uint8Array(readFileSync(join(dir, 'cards/juror-1.juryrum-id'))),
      { award: 'Sveriges eHälsokommun', roundId: 'demo-ehalsokommun-2026' },
    );
    expect(opened.payload.finalists).toHaveLength(5);
    expect(opened.payload.winner).toBe(
      opened.payload.ranking.find((r) => r.rank === 1)?.applicationId,
    );
    expect(opened.payload.inputs).toHaveLength(6);
  });

  it('writes the JSON report with the winner named from applications.json', async () => {
    const out = join(dir, 'rapport.json');
    const { io, out: printed, err } = capture();
    expect(await runCli(args('json', out), io)).toBe(0);
    expect(err.join('')).toBe('');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const apps = JSON.parse(readFileSync(join(dir, 'applications.json'), 'utf8')).applications as {
      id: string;
      applicant: string;
    }[];
    const winner = apps.find((a) => a.id === report.winner.applicationId);
    expect(report.format).toBe('juryrum.report');
    expect(report.winner.name).toBe(winner?.applicant);
    expect(printed.join('')).toContain(`Winner: ${winner?.applicant}`);
    expect(report.ranking).toHaveLength(9);
    expect(report.inputs.map((i: { jurorName: string }) => i.jurorName)).not.toContain('juror-2');
    expect(report.motivationParagraphs).toHaveLength(3);
    expect(report.result.chair.name).toBe(
      JSON.parse(readFileSync(join(dir, 'jurors.json'), 'utf8')).jurors[0].name,
    );
  });

  it('writes CSV (BOM, semicolons), XLSX and HTML', async () => {
    const csv = join(dir, 'rapport.csv');
    expect(await runCli(args('csv', csv), capture().io)).toBe(0);
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\ufeffRang;Id;Ansökan;Medel;')).toBe(true);
    expect(text.split('\r\n').filter((l) => l !== '')).toHaveLength(10);
    const xlsx = join(dir, 'rapport.xlsx');
    expect(await runCli(args('xlsx', xlsx, ['--language', 'en']), capture().io)).toBe(0);
    const sheets = await readXlsxFile(readFileSync(xlsx));
    const ranking = sheets.find((s) => s.sheet === 'Ranking');
    expect(ranking?.data[0]?.slice(0, 3)).toEqual(['Rank', 'Id', 'Application']);
    expect(ranking?.data[1]?.[0]).toBe(1);
    const html = join(dir, 'rapport.html');
    expect(await runCli(args('html', html), capture().io)).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('<h2>Juryns motivering</h2>');
  });

  it('refuses a result signed by someone else than the card’s chair, and a tampered one', async () => {
    const { io, err } = capture();
    const wrongCard = args('json', join(dir, 'x.json')).map((a) =>
      a.endsWith('cards/juror-1.juryrum-id') ? join(dir, 'cards/juror-2.juryrum-id') : a,
    );
    expect(await runCli(wrongCard, io)).toBe(1);
    expect(err.join('')).toContain('NOT_CHAIR');
    const tampered = join(dir, 'manipulerad.juryrum');
    writeFileSync(tampered, tamper(new Uint8Array(readFileSync(resultPath))));
    const { io: io2, err: err2 } = capture();
    const tamperedArgs = args('json', join(dir, 'y.json')).map((a) =>
      a === resultPath ? tampered : a,
    );
    expect(await runCli(tamperedArgs, io2)).toBe(1);
    expect(err2.join('')).toContain('TAMPERED');
    expect(readdirSync(dir)).not.toContain('y.json');
  });

  it('refuses a bad --format with exit code 2', async () => {
    expect(await runCli(args('pdf', join(dir, 'z.pdf')), capture().io)).toBe(2);
  });
});
