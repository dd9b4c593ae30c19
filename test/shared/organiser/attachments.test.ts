import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ATTACHMENT_LIMITS } from '../../../src-shared/domain/attachment';
import type { AttachmentMeta } from '../../../src-shared/domain/attachment';
import { ApplicationSchema } from '../../../src-shared/domain/round';
import { demoApplications } from '../../../src-shared/demo/demo-applications';
import { demoAttachmentSpecs } from '../../../src-shared/demo/demo-attachments';
import {
  admitAttachments,
  attachmentBlobKey,
  emptyReview,
  kindOfName,
  OrganiserApplicationSchema,
  readingCopy,
  scanAttachmentText,
  StoredBlobRefSchema,
} from '../../../src-shared/organiser';
import type { IssueAttachment } from '../../../src-shared/organiser';

const MiB = 1024 * 1024;
const hex = (n: number) => n.toString(16).padStart(64, '0');

function meta(n: number, size = 1000): AttachmentMeta {
  return { id: `bilaga-${n}`, name: `fil-${n}.pdf`, kind: 'pdf', size, sha256: hex(n) };
}

const candidate = (n: number, size = 1000) => {
  const { id: _id, ...rest } = meta(n, size);
  return rest;
};

describe('admitting attachments to an application', () => {
  it('gives the first free ids and counts each accepted file for the next', () => {
    const out = admitAttachments([meta(2)], [candidate(10), candidate(11)]);
    expect(out.map((o) => (o.ok ? o.meta.id : o.reason))).toEqual(['bilaga-1', 'bilaga-3']);
  });

  it('refuses the eleventh file, the same file twice and more than 10 MiB together', () => {
    const nine = Array.from({ length: 9 }, (_, i) => meta(i + 1));
    const out = admitAttachments(nine, [candidate(3), candidate(20), candidate(21)]);
    expect(out.map((o) => (o.ok ? 'ok' : o.reason))).toEqual(['DUPLICATE', 'ok', 'TOO_MANY']);
    const big = admitAttachments(
      [meta(1, 5 * MiB), meta(2, 4 * MiB)],
      [candidate(3, MiB + 1), candidate(4, MiB)],
    );
    expect(big.map((o) => (o.ok ? 'ok' : o.reason))).toEqual(['TOTAL_TOO_LARGE', 'ok']);
    expect(admitAttachments([], [candidate(5, ATTACHMENT_LIMITS.maxBytes + 1)])).toEqual([
      { ok: false, reason: 'TOO_LARGE' },
    ]);
  });

  it('never lets a list past the caps (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ n: fc.nat(30), size: fc.integer({ min: 1, max: 6 * MiB }) }), {
          maxLength: 30,
        }),
        (files) => {
          const list: AttachmentMeta[] = [];
          for (const f of files) {
            const [o] = admitAttachments(list, [candidate(f.n, f.size)]);
            if (o?.ok) list.push(o.meta);
          }
          expect(list.length).toBeLessThanOrEqual(ATTACHMENT_LIMITS.perApplication);
          expect(list.reduce((s, a) => s + a.size, 0)).toBeLessThanOrEqual(
            ATTACHMENT_LIMITS.maxBytesPerApplication,
          );
          expect(new Set(list.map((a) => a.sha256)).size).toBe(list.length);
        },
      ),
    );
  });

  it('keys blobs by application and content, within the blob store rules', () => {
    const key = attachmentBlobKey('a'.repeat(64), meta(7));
    expect(StoredBlobRefSchema.shape.key.safeParse(key).success).toBe(true);
    expect(key).toBe(`att:${'a'.repeat(64)}:${hex(7).slice(0, 32)}`);
  });

  it('reads the kind a name claims', () => {
    expect(['a.PDF', 'b.docx', 'c.Txt', 'd.exe', 'pdf', 'e.doc'].map(kindOfName)).toEqual([
      'pdf',
      'docx',
      'txt',
      null,
      null,
      null,
    ]);
  });
});

describe('the application record', () => {
  it('reads records from before attachments as having none', () => {
    const application = ApplicationSchema.parse(demoApplications()[0]);
    const old = OrganiserApplicationSchema.parse({ application, review: emptyReview() });
    expect(old.attachments).toEqual([]);
  });

  it('refuses a record with the same attachment twice', () => {
    const application = demoApplications()[0];
    const stored = {
      meta: meta(1),
      blob: { key: 'att:x:1', chunks: 1, length: 1334 },
      anonymisedOk: false,
      scan: null,
    };
    const twice = { application, review: emptyReview(), attachments: [stored, stored] };
    expect(OrganiserApplicationSchema.safeParse(twice).success).toBe(false);
    const once = { application, review: emptyReview(), attachments: [stored] };
    expect(OrganiserApplicationSchema.safeParse(once).success).toBe(true);
  });
});

describe('the anonymiser on attachment text', () => {
  const [tallmora, , norrlinge] = demoApplications();
  if (tallmora === undefined || norrlinge === undefined) throw new Error('demo applications');
  const specs = demoAttachmentSpecs();

  it('names what it would replace: the applicant, its people, its address', () => {
    const scan = scanAttachmentText(
      'Tallmora kommuns plan. Kontakt: Ingrid Halvarsson, ingrid.halvarsson@tallmora.se. Tallmoras mål.',
      { application: tallmora },
    );
    expect(scan?.partial).toBe(false);
    const kinds = new Map(scan?.findings.map((f) => [f.text, f.kind]));
    expect(kinds.get('ingrid.halvarsson@tallmora.se')).toBe('email');
    expect([...kinds.values()]).toContain('applicant');
    expect([...kinds.values()]).toContain('person');
    const applicant = scan?.findings.filter((f) => f.kind === 'applicant') ?? [];
    expect(applicant.reduce((n, f) => n + f.count, 0)).toBeGreaterThanOrEqual(2);
  });

  it('finds nothing in the demo texts cleared for anonymised phases, something in the other', () => {
    for (const spec of specs.filter((s) => s.text !== undefined)) {
      const app = spec.applicationId === 'app-01' ? tallmora : norrlinge;
      const scan = scanAttachmentText(spec.text ?? '', {
        application: app,
        otherApplicants: demoApplications().map((a) => a.applicant),
      });
      expect(scan?.findings.length === 0, spec.name).toBe(spec.anonymisedOk);
    }
  });

  it('scans only the beginning of a very long text, and says so', () => {
    const scan = scanAttachmentText(`${'ord '.repeat(60_000)}Tallmora`, { application: tallmora });
    expect(scan?.partial).toBe(true);
    expect(scan?.findings).toEqual([]);
  });
});

describe('attachments in reading copies', () => {
  const application = ApplicationSchema.parse(demoApplications()[0]);
  const attachment = (n: number, anonymisedOk: boolean): IssueAttachment => ({
    attachment: { ...meta(n, 3), data: 'AAAA' },
    anonymisedOk,
  });
  const item = {
    application,
    pseudonym: 'Ansökan A',
    review: emptyReview(),
    attachments: [attachment(1, true), attachment(2, false)],
  };

  it('sends every attachment in a named phase, only cleared ones in an anonymised phase', () => {
    expect(readingCopy(item, { anonymised: false }, []).attachments?.map((a) => a.id)).toEqual([
      'bilaga-1',
      'bilaga-2',
    ]);
    expect(readingCopy(item, { anonymised: true }, []).attachments?.map((a) => a.id)).toEqual([
      'bilaga-1',
    ]);
  });

  it('leaves the field out when nothing goes in', () => {
    const none = { ...item, attachments: [attachment(2, false)] };
    expect('attachments' in readingCopy(none, { anonymised: true }, [])).toBe(false);
    expect(
      'attachments' in readingCopy({ ...item, attachments: [] }, { anonymised: false }, []),
    ).toBe(false);
  });
});
