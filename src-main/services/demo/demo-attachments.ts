import { sha256Hex, toB64url } from '../crypto';
import { demoAttachmentSpecs } from '../../../src-shared/demo/demo-attachments';
import type { DemoAttachmentSpec } from '../../../src-shared/demo/demo-attachments';
import type { PackageAttachment } from '../../../src-shared/domain/attachment';
import type { Application } from '../../../src-shared/domain/round';
import { scanAttachmentText } from '../../../src-shared/organiser';
import type { CheckedAttachment, IssueAttachment } from '../../../src-shared/organiser';

/*
 * The demo attachments as bytes: for the demo packages (through the same
 * reading-copy rule as the app: only cleared ones in an anonymised phase) and
 * for the organiser's demo round, which stores them like added files.
 */

function bytesOf(spec: DemoAttachmentSpec): Uint8Array {
  if (spec.pdf !== undefined) return spec.pdf;
  const utf8 = Buffer.from(spec.text ?? '', 'utf8');
  return new Uint8Array(utf8.buffer, utf8.byteOffset, utf8.byteLength);
}

function packageAttachment(spec: DemoAttachmentSpec): PackageAttachment {
  const bytes = bytesOf(spec);
  return {
    id: spec.id,
    name: spec.name,
    kind: spec.kind,
    size: bytes.byteLength,
    sha256: sha256Hex(bytes),
    data: toB64url(bytes),
  };
}

/** The demo attachments of one application, with the demo organiser's decisions. */
export function demoIssueAttachments(applicationId: string): IssueAttachment[] {
  return demoAttachmentSpecs()
    .filter((s) => s.applicationId === applicationId)
    .map((s) => ({ attachment: packageAttachment(s), anonymisedOk: s.anonymisedOk }));
}

/**
 * The demo attachments of the given applications as the organiser's
 * "add attachments" returns them (with the anonymiser's text scan), plus the
 * demo organiser's decision for each.
 */
export function demoCheckedAttachments(applications: readonly Application[]): {
  applicationId: string;
  attachments: { checked: CheckedAttachment; anonymisedOk: boolean }[];
}[] {
  const applicants = applications.map((a) => a.applicant);
  return applications.flatMap((application) => {
    const specs = demoAttachmentSpecs().filter((s) => s.applicationId === application.id);
    if (specs.length === 0) return [];
    const others = applicants.filter((a) => a !== application.applicant);
    return [
      {
        applicationId: application.id,
        attachments: specs.map((spec) => {
          const { data, ...meta } = packageAttachment(spec);
          const scan =
            spec.text === undefined
              ? null
              : scanAttachmentText(spec.text, { application, otherApplicants: others });
          return { checked: { meta, data, scan }, anonymisedOk: spec.anonymisedOk };
        }),
      },
    ];
  });
}
