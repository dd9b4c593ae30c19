import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, readApplicationsJson } from '../../../src-main/services/import';
import { fixture, utf8 } from './helpers';

describe('readApplicationsJson', () => {
  it('imports the documented format, dropping unknown fields and reporting each entry', () => {
    const result = readApplicationsJson(fixture('applications-extra-fields.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.applications.map((a) => a.id)).toEqual(['app-01', 'app-001']);
    expect(result.applications[0]).toEqual({
      id: 'app-01',
      applicant: 'Tallmora kommun',
      contacts: [
        {
          name: 'Ingrid Halvarsson',
          email: 'ingrid.halvarsson@tallmora.se',
          phone: '070-174 06 10',
        },
      ],
      sections: [
        { title: 'Ledning', text: 'Tallmora kommuns handlingsplan följs upp varje kvartal.' },
      ],
      facts: { population: 10840, county: 'Dalarnas län' },
    });
    expect(result.applications[1]?.contacts).toEqual([
      { name: 'Aino Kettunen', email: 'aino.kettunen(at)norrlinge.se', phone: '' },
    ]);
    expect(result.rowIssues).toEqual([
      {
        row: 1,
        status: 'warning',
        issues: [{ code: 'INVALID', column: 'facts.tags', detail: 'fact left out' }],
      },
      { row: 2, status: 'skipped', issues: [{ code: 'MISSING_APPLICANT', column: 'applicant' }] },
      {
        row: 3,
        status: 'skipped',
        issues: [{ code: 'DUPLICATE_ID', column: 'id', detail: 'same as row 1' }],
      },
      {
        row: 4,
        status: 'warning',
        issues: [{ code: 'INVALID_EMAIL', column: 'contacts.0.email' }],
      },
    ]);
    expect(result.summary).toEqual({
      total: 4,
      imported: 2,
      skipped: 2,
      warnings: 2,
      unknownColumns: [],
    });
  });

  it('accepts a bare list and a byte order mark, and honours existing ids', () => {
    const json = JSON.stringify([
      { id: 'app-01', applicant: 'Tallmora kommun' },
      { id: 'app-02', applicant: 'Sjöbacka kommun' },
    ]);
    const result = readApplicationsJson(utf8(json, true), { existingIds: new Set(['app-02']) });
    expect(result.ok && result.applications.map((a) => a.applicant)).toEqual(['Tallmora kommun']);
    expect(result.ok && result.rowIssues[0]?.issues[0]).toEqual({
      code: 'DUPLICATE_ID',
      column: 'id',
      detail: 'already in the round',
    });
  });

  it('rejects __proto__ and constructor keys anywhere, leaving Object.prototype alone', () => {
    const payloads = [
      '{"applications":[{"id":"a","applicant":"X","facts":{"__proto__":{"polluted":1}}}]}',
      '{"__proto__":{"polluted":1},"applications":[]}',
      '{"applications":[{"id":"a","applicant":"X","constructor":{"prototype":{"polluted":1}}}]}',
    ];
    for (const payload of payloads) {
      const result = readApplicationsJson(utf8(payload));
      expect(result).toMatchObject({ ok: false, error: { code: 'MALFORMED' } });
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('gives typed errors for broken, deep, foreign, empty and oversized files', () => {
    const code = (text: string): string | undefined => {
      const r = readApplicationsJson(utf8(text));
      return r.ok ? undefined : r.error.code;
    };
    expect(code('{"applications": [')).toBe('MALFORMED');
    expect(code(`{"applications":[${'['.repeat(100)}${']'.repeat(100)}]}`)).toBe('MALFORMED');
    expect(code('{"format":"juryrum.round","round":{}}')).toBe('UNSUPPORTED');
    expect(code('{"format":"juryrum.applications","version":2,"applications":[]}')).toBe(
      'UNSUPPORTED',
    );
    expect(code('{"applications":[]}')).toBe('EMPTY');
    expect(code('  \n')).toBe('EMPTY');
    expect(code('{"applicants":[]}')).toBe('MALFORMED');
    const windows1252 = Uint8Array.from([0x5b, 0x22, 0xe5, 0x22, 0x5d]);
    expect(readApplicationsJson(windows1252)).toMatchObject({ error: { code: 'MALFORMED' } });
    const big = new Uint8Array(IMPORT_LIMITS.maxJsonBytes + 1).fill(0x20);
    expect(readApplicationsJson(big)).toMatchObject({ error: { code: 'TOO_LARGE' } });
  });

  it('reports over-long and mistyped fields per application', () => {
    const json = JSON.stringify({
      applications: [
        { id: 'a', applicant: 'X'.repeat(201) },
        { id: 'b', applicant: 'Y', sections: [{ title: 'L', text: 'z'.repeat(100_001) }] },
        { id: 'c d', applicant: 'Z' },
        { id: 'e', applicant: 'W', contacts: 'nobody' },
        'not an application',
        { id: 7, applicant: 'V', facts: { population: '14 200' } },
      ],
    });
    const result = readApplicationsJson(utf8(json));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rowIssues.map((r) => [r.row, r.status, r.issues[0]?.code])).toEqual([
      [1, 'skipped', 'TOO_LONG'],
      [2, 'skipped', 'TOO_LONG'],
      [3, 'skipped', 'INVALID'],
      [4, 'skipped', 'INVALID'],
      [5, 'skipped', 'INVALID'],
    ]);
    expect(result.applications).toEqual([
      { id: '7', applicant: 'V', contacts: [], sections: [], facts: { population: '14 200' } },
    ]);
  });
});
