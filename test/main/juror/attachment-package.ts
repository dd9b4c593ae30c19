import { createIdentity, sha256Hex, toB64url } from '../../../src-main/services/crypto';
import type { Identity } from '../../../src-main/services/crypto';
import { issuePackage } from '../../../src-main/services/exchange';
import type { PackageApplication } from '../../../src-main/services/exchange';
import { demoRoster } from '../../../src-main/services/demo/demo-jury';
import { demoRound } from '../../../src-shared/demo/demo-round';
import type { AttachmentKind, PackageAttachment } from '../../../src-shared/domain/attachment';
import type { ApplicationId } from '../../../src-shared/domain/ids';
import { minimalPdf } from '../../fixtures/attachments/pdf';
import { minimalDocx } from '../../fixtures/attachments/docx';

/** An attachment as it travels in a package, made from its bytes. */
export function packageAttachment(
  id: string,
  name: string,
  kind: AttachmentKind,
  bytes: Uint8Array,
): PackageAttachment {
  return { id, name, kind, size: bytes.length, sha256: sha256Hex(bytes), data: toB64url(bytes) };
}

export const SAMPLE_PDF = minimalPdf([['Bilaga om digitala ombud'], ['Sida två av två']]);
export const SAMPLE_TXT = new TextEncoder().encode('Uppföljning 2025\n\nTolv ombud i tjänst.');
export const SAMPLE_DOCX = minimalDocx(['Verksamhetsplan', 'Mål för 2026']);

/** The other people of a test round: a fresh organiser and chair. */
export function testPeople(): { organiser: Identity; chair: Identity } {
  return {
    organiser: createIdentity('Lovisa Ekdahl', 'Testkommunen'),
    chair: createIdentity('Annika Solberg', 'Testförbundet'),
  };
}

/**
 * A demo-round package for `me` (juror-2) with two applications; the first
 * carries a PDF, a TXT and a DOCX attachment, unless `applications` says
 * otherwise.
 */
export function attachmentPackage(
  me: Identity,
  people: { organiser: Identity; chair: Identity },
  applications?: (anonymised: boolean) => PackageApplication[],
): Uint8Array {
  const round = demoRound();
  const phase = round.phases[0];
  if (phase === undefined) throw new Error('the demo round has no phase');
  const roster = demoRoster(
    round,
    people.organiser,
    [
      { id: 'juror-1', role: 'chair', identity: people.chair },
      { id: 'juror-2', role: 'juror', identity: me },
    ],
    [],
  );
  const app = (id: string, pseudonym: string): PackageApplication => ({
    id: id as ApplicationId,
    pseudonym,
    anonymised: phase.anonymised,
    applicant: phase.anonymised ? pseudonym : `Kommun ${pseudonym}`,
    sections: [{ title: 'Ledning', text: 'Ledningen följer upp arbetet varje månad.' }],
    facts: {},
  });
  const apps = applications?.(phase.anonymised) ?? [
    {
      ...app('app-01', 'Ansökan A'),
      attachments: [
        packageAttachment('bilaga-1', 'ombud.pdf', 'pdf', SAMPLE_PDF),
        packageAttachment('bilaga-2', 'uppfoljning.txt', 'txt', SAMPLE_TXT),
        packageAttachment('bilaga-3', 'plan.docx', 'docx', SAMPLE_DOCX),
      ],
    },
    app('app-02', 'Ansökan B'),
  ];
  return issuePackage({
    round,
    phase,
    roster,
    juror: { jurorId: 'juror-2' },
    applications: apps,
    organiser: people.organiser,
    appVersion: 'test',
  }).bytes;
}
