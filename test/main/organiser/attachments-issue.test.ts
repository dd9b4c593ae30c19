import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { openPackage } from '../../../src-main/services/exchange';
import type { Roster } from '../../../src-main/services/exchange';
import {
  defaultKdfParams,
  exportKeyFile,
  TEST_KDF,
  toB64url,
} from '../../../src-main/services/crypto';
import { editRoster, enrolCards, preparePackages } from '../../../src-main/services/organiser';
import type { IssueInput } from '../../../src-main/services/organiser';
import { inspectCommand } from '../../../src-main/cli/commands/inspect';
import { ATTACHMENT_LIMITS } from '../../../src-shared/domain/attachment';
import type { PackageAttachment } from '../../../src-shared/domain/attachment';
import type { IssueAttachment, ReviewedApplication } from '../../../src-shared/organiser';
import { samplePdf } from './attachment-files';
import {
  anna,
  APP_VERSION,
  bo,
  card,
  cecilia,
  emptyRoster,
  organiser,
  reviewedApplications,
  round,
} from './helpers';

function readyRoster(): Roster {
  let roster = enrolCards(emptyRoster(), [card(anna), card(bo), card(cecilia)], null).roster;
  const chair = editRoster(roster, { op: 'setChair', jurorId: 'j-cecilia-stahl' }, null);
  if (!chair.ok) throw new Error(chair.reason);
  roster = chair.roster;
  const conflict = editRoster(
    roster,
    { op: 'addConflict', jurorId: 'j-anna-ohman', applicationId: 'app-02', reason: 'Granne' },
    null,
  );
  if (!conflict.ok) throw new Error(conflict.reason);
  return conflict.roster;
}

function issueAttachment(
  id: string,
  name: string,
  bytes: Uint8Array,
  anonymisedOk: boolean,
  kind: PackageAttachment['kind'] = 'pdf',
): IssueAttachment {
  return {
    attachment: {
      id,
      name,
      kind,
      size: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      data: toB64url(bytes),
    },
    anonymisedOk,
  };
}

const PLAN = samplePdf('Projektplan utan namn');
const MINUTES = new TextEncoder().encode('Protokoll från Tallmora kommun.\n');

/** The demo applications, app-01 with a cleared PDF and an uncleared text. */
function withAttachments(): ReviewedApplication[] {
  return reviewedApplications().map((a) =>
    a.application.id === 'app-01'
      ? {
          ...a,
          attachments: [
            issueAttachment('bilaga-1', 'plan.pdf', PLAN, true),
            issueAttachment('bilaga-2', 'protokoll.txt', MINUTES, false, 'txt'),
          ],
        }
      : a,
  );
}

function input(overrides: Partial<IssueInput> = {}): IssueInput {
  return {
    round,
    phaseId: 'bedomning',
    roster: readyRoster(),
    issuedRosterVersion: null,
    applications: withAttachments(),
    jurorIds: ['j-anna-ohman', 'j-bo-akesson', 'j-cecilia-stahl'],
    organiser,
    appVersion: APP_VERSION,
    ...overrides,
  };
}

function attachmentsIn(bytes: Uint8Array, me: typeof anna) {
  const app = openPackage(bytes, { me }).payload.applications.find((a) => a.id === 'app-01');
  return (app?.attachments ?? []).map((a) => a.name);
}

describe('issuing packages with attachments', () => {
  it('sends only the cleared attachment in the anonymised phase', () => {
    const outcome = preparePackages(input());
    if (!outcome.ok) throw new Error(outcome.reason);
    const bo1 = outcome.packages.find((p) => p.juror.jurorId === 'j-bo-akesson');
    expect(attachmentsIn(bo1?.file.bytes ?? new Uint8Array(), bo)).toEqual(['plan.pdf']);
  });

  it('sends every attachment in the named phase', () => {
    const outcome = preparePackages(input({ phaseId: 'final' }));
    if (!outcome.ok) throw new Error(outcome.reason);
    const anna1 = outcome.packages.find((p) => p.juror.jurorId === 'j-anna-ohman');
    expect(attachmentsIn(anna1?.file.bytes ?? new Uint8Array(), anna)).toEqual([
      'plan.pdf',
      'protokoll.txt',
    ]);
  });

  it('refuses, before signing, a package whose attachments exceed the package cap', () => {
    const big = (n: number) => {
      const bytes = new Uint8Array(ATTACHMENT_LIMITS.maxBytes);
      bytes.set(new TextEncoder().encode(`%PDF-1.4\n%${n}\n`));
      return issueAttachment(`bilaga-${n}`, `stor-${n}.pdf`, bytes, true);
    };
    // app-02 carries 10 MiB, app-03 and app-04 10 MiB each: 30 MiB for Bo and Cecilia,
    // 20 MiB for Anna, who is conflicted on app-02.
    const heavy = reviewedApplications().map((a, i) =>
      i >= 1 && i <= 3 ? { ...a, attachments: [big(2 * i), big(2 * i + 1)] } : a,
    );
    const refused = preparePackages(input({ applications: heavy }));
    expect(refused).toEqual({
      ok: false,
      reason: 'ATTACHMENTS_TOO_LARGE',
      applicationIds: ['app-02', 'app-03', 'app-04'],
    });
    // Anna alone is within the cap, so her package can be made.
    const annaOnly = preparePackages(input({ applications: heavy, jurorIds: ['j-anna-ohman'] }));
    expect(annaOnly.ok).toBe(true);
  });

  it('inspect lists attachments per application, in text and JSON', async () => {
    const outcome = preparePackages(input({ phaseId: 'final', jurorIds: ['j-bo-akesson'] }));
    if (!outcome.ok) throw new Error(outcome.reason);
    const dir = mkdtempSync(join(tmpdir(), 'juryrum-inspect-att-'));
    const path = join(dir, 'bo.juryrum');
    writeFileSync(path, outcome.packages[0]?.file.bytes ?? new Uint8Array());
    writeFileSync(
      join(dir, 'bo.keys'),
      await exportKeyFile(bo, 'lösenfras för bo', defaultKdfParams(TEST_KDF)),
    );
    writeFileSync(join(dir, 'pass'), 'lösenfras för bo\n');
    const run = async (extra: string[]) => {
      const out: string[] = [];
      const args = [
        path,
        '--identity',
        join(dir, 'bo.keys'),
        '--passphrase-file',
        join(dir, 'pass'),
        ...extra,
      ];
      const code = await inspectCommand.run(args, {
        out: (t) => out.push(t),
        err: () => undefined,
      });
      expect(code).toBe(0);
      return out.join('');
    };
    const sha = createHash('sha256').update(PLAN).digest('hex');
    const text = await run([]);
    expect(PLAN.byteLength).toBeLessThan(1024);
    expect(text).toContain(
      `attachment: plan.pdf (pdf, ${PLAN.byteLength} B, sha256 ${sha.slice(0, 12)}…)`,
    );
    expect(text).toContain('attachment: protokoll.txt (txt,');
    const json = JSON.parse(await run(['--json'])) as {
      content: { applications: { id: string; attachments: { name: string; sha256: string }[] }[] };
    };
    const app = json.content.applications.find((a) => a.id === 'app-01');
    expect(app?.attachments.map((a) => [a.name, a.sha256])).toEqual([
      ['plan.pdf', sha],
      ['protokoll.txt', createHash('sha256').update(MINUTES).digest('hex')],
    ]);
    expect(JSON.stringify(json)).not.toContain(toB64url(PLAN).slice(0, 40));
  });
});
