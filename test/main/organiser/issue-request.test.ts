import { describe, expect, it } from 'vitest';
import { organiserContract } from '../../../src-shared/ipc/organiser-contract';
import { ISSUE_ATTACHMENT_MAX_CHARS } from '../../../src-shared/ipc/organiser-attachments-contract';
import { ATTACHMENT_LIMITS, base64urlLength } from '../../../src-shared/domain/attachment';
import { demoApplications } from '../../../src-shared/demo/demo-applications';
import { demoRound } from '../../../src-shared/demo/demo-round';
import { emptyReview } from '../../../src-shared/organiser';
import { emptyRoster } from './helpers';

const schema = organiserContract['organiser:issuePackages'].request;
const data = 'A'.repeat(base64urlLength(ATTACHMENT_LIMITS.maxBytes));

/** An issue request whose first application carries `n` attachments of 5 MiB. */
function request(n: number, roster: unknown = emptyRoster()) {
  const attachments = Array.from({ length: n }, (_, i) => ({
    attachment: {
      id: `bilaga-${i + 1}`,
      name: `stor-${i + 1}.pdf`,
      kind: 'pdf',
      size: ATTACHMENT_LIMITS.maxBytes,
      sha256: 'a'.repeat(64),
      data,
    },
    anonymisedOk: false,
  }));
  return {
    roster,
    issuedRosterVersion: null,
    round: demoRound(),
    phaseId: 'final',
    applications: demoApplications().map((application, i) => ({
      application,
      pseudonym: `Ansökan ${i}`,
      review: emptyReview(),
      ...(i === 0 ? { attachments } : {}),
    })),
    jurorIds: ['j-1'],
    destination: 'folder',
  };
}

const issuesAt = (value: unknown): string[] => {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

describe('the issue request', () => {
  it('defaults attachments to none, for callers from before attachments', () => {
    const parsed = schema.safeParse(request(0));
    expect(parsed.success && parsed.data.applications.map((a) => a.attachments.length)).toEqual(
      demoApplications().map(() => 0),
    );
  });

  it('caps the attachment bytes of one request at twice a package', () => {
    expect(9 * data.length).toBeLessThan(ISSUE_ATTACHMENT_MAX_CHARS);
    expect(10 * data.length).toBeGreaterThan(ISSUE_ATTACHMENT_MAX_CHARS);
    expect(issuesAt(request(9))).toEqual([]);
    expect(issuesAt(request(10))).toEqual(['applications']);
  });
});
