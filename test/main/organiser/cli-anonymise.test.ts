import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { anonymiseCommand } from '../../../src-main/cli/commands/anonymise';
import { UsageError } from '../../../src-main/cli/args';

const SAMPLE = resolve(import.meta.dirname, '../../fixtures/applications.sample.json');
/** The documented shape: `{ "applications": [ … ] }`, with extra fields. */
const DOCUMENTED = resolve(import.meta.dirname, '../../fixtures/applications.documented.json');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

interface Entry {
  id: string;
  pseudonym: string;
  applicant: string;
  sections: { title: string; text: string }[];
  replacements: { from: string; to: string }[];
  leaks: string[];
}

describe('cli anonymise', () => {
  const dir = mkdtempSync(join(tmpdir(), 'juryrum-anon-'));

  it('writes redacted texts, pseudonyms and replacements for the sample file', async () => {
    const out = join(dir, 'redacted.json');
    const { io, out: stdout } = capture();
    expect(await anonymiseCommand.run(['--in', SAMPLE, '--out', out], io)).toBe(0);
    const source = JSON.parse(readFileSync(SAMPLE, 'utf8')) as {
      applicant: string;
      sections: unknown[];
    }[];
    const result = JSON.parse(readFileSync(out, 'utf8')) as Entry[];
    // Same structure as the input (a bare list here), one entry per application.
    expect(Array.isArray(result)).toBe(true);
    expect(result.map((e) => e.applicant)).toEqual(source.map((s) => s.applicant));
    for (const entry of result) {
      expect(entry.pseudonym).toMatch(/^Ansökan [A-C]$/);
      const text = entry.sections.map((s) => s.text).join('\n');
      expect(text).not.toContain(entry.applicant.split(' ')[0]);
      expect(text).toContain(entry.pseudonym);
      expect(entry.replacements.length).toBeGreaterThan(0);
      for (const r of entry.replacements) {
        expect(Object.keys(r)).toEqual(expect.arrayContaining(['from', 'to']));
      }
    }
    expect(result.flatMap((e) => e.replacements.map((r) => r.from))).toEqual(
      expect.arrayContaining(['omar.haddad@ekeskog.se', '070-174 06 21', 'Karin Lövgren']),
    );
    expect(result.flatMap((e) => e.leaks)).toEqual(['Norrbacken']);
    expect(stdout.join('')).toMatch(/Anonymised 3 applications/);
    expect(stdout.join('')).toMatch(/Norrbacken/);
  });

  it('runs on the documented { "applications": [...] } shape and keeps that shape', async () => {
    const out = join(dir, 'documented.json');
    const { io, out: stdout } = capture();
    expect(await anonymiseCommand.run(['--in', DOCUMENTED, '--out', out], io)).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8')) as {
      format: string;
      roundId: string;
      applications: (Entry & { sections: { title: string; text: string }[] })[];
    };
    expect(Array.isArray(result)).toBe(false);
    expect(result).toMatchObject({ format: 'juryrum.applications', roundId: 'exempel-2026' });
    expect(result.applications.map((a) => [a.id, a.applicant, a.pseudonym])).toEqual([
      ['ex-01', 'Ljungmora kommun', 'Ansökan A'],
      ['ex-02', 'Bäckeby kommun', 'Ansökan B'],
    ]);
    const [first, second] = result.applications;
    expect(first?.sections).toEqual([
      {
        title: 'Ledning',
        text:
          'Ansökan A:s handlingsplan för välfärdsteknik följs upp av [namn] varje kvartal. ' +
          'Ansökan A-modellen bygger på brukarnas egna val.',
      },
      {
        title: 'Användning',
        text:
          'Vi delar larmcentral med [kommun] och besöker [kommun] ofta. [kommun] har också ' +
          'provat nattkameror. Det kan vara svårt att vara först, men marken är lagd. ' +
          'Ring [telefon] eller läs på [webbadress].',
      },
    ]);
    expect(second?.sections[0]?.text).toBe(
      'Ansökan B:s digitala ombud träffas varje månad. [namn] samordnar utbildningen ' +
        'tillsammans med grannkommunen [kommun].',
    );
    for (const entry of result.applications) {
      expect(entry.replacements.length).toBeGreaterThan(0);
      for (const r of entry.replacements) {
        expect(typeof r.from).toBe('string');
        expect(typeof r.to).toBe('string');
      }
    }
    expect(first?.replacements.map((r) => [r.from, r.to])).toEqual([
      ['Ljungmora kommuns', 'Ansökan A:s'],
      ['Maja Rönnberg', '[namn]'],
      ['Ljungmora', 'Ansökan A-'],
      ['Sala kommun', '[kommun]'],
      ['Sala', '[kommun]'],
      ['Sala', '[kommun]'],
      ['070-174 06 31', '[telefon]'],
      ['www.ljungmora.se', '[webbadress]'],
    ]);
    // Extra input fields are allowed and not carried over.
    expect(JSON.stringify(result)).not.toContain('internalNote');
    expect(stdout.join('')).toMatch(/Anonymised 2 applications/);
  });

  it('gives the same pseudonyms and text every time (stable within a round)', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    await anonymiseCommand.run(['--in', SAMPLE, '--out', a], capture().io);
    await anonymiseCommand.run(['--in', SAMPLE, '--out', b], capture().io);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
  });

  it('keeps the wrapper of a juryrum.applications file', async () => {
    const input = join(dir, 'wrapped.json');
    const apps = JSON.parse(readFileSync(SAMPLE, 'utf8')) as unknown[];
    writeFileSync(
      input,
      JSON.stringify({
        format: 'juryrum.applications',
        version: 1,
        roundId: 'r-1',
        applications: apps,
      }),
    );
    const out = join(dir, 'wrapped-out.json');
    expect(await anonymiseCommand.run(['--in', input, '--out', out], capture().io)).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect(result).toMatchObject({ format: 'juryrum.applications', version: 1, roundId: 'r-1' });
    expect(result['applications']).toHaveLength(3);
  });

  it('fails with one plain line and writes nothing for bad input', async () => {
    const cases: [string, string][] = [
      ['broken.json', '{"applications": ['],
      ['empty.json', '{"applications": []}'],
      ['noapplicant.json', '{"applications": [{"id": "a"}]}'],
    ];
    for (const [name, content] of cases) {
      const input = join(dir, name);
      writeFileSync(input, content);
      const out = join(dir, `${name}.out`);
      const { io, err } = capture();
      expect(await anonymiseCommand.run(['--in', input, '--out', out], io), name).toBe(1);
      expect(err.join('').trim().split('\n'), name).toHaveLength(1);
      expect(err.join(''), name).toMatch(/^Error: /);
      expect(existsSync(out), name).toBe(false);
    }
    const { io, err } = capture();
    expect(
      await anonymiseCommand.run(['--in', join(dir, 'missing.json'), '--out', join(dir, 'x')], io),
    ).toBe(1);
    expect(err.join('')).toMatch(/cannot be read/);
  });

  it('treats missing or unknown flags as usage errors', async () => {
    for (const args of [
      [],
      ['--in', SAMPLE],
      ['--out', 'x'],
      ['--in', SAMPLE, '--out', 'x', '--bogus'],
      ['--in', SAMPLE, '--out', SAMPLE],
    ]) {
      await expect(anonymiseCommand.run(args, capture().io), args.join(' ')).rejects.toBeInstanceOf(
        UsageError,
      );
    }
  });
});
