import type { AttachmentKind } from '../domain/attachment';
import { tinyPdf } from './tiny-pdf';

/*
 * The demo round's attachments, all fictional. Two are cleared for the
 * anonymised phase because they name nobody (a project plan as a PDF and
 * survey figures as text); the third, a minutes extract, names the
 * municipality and its officials, so it stays in named phases and the
 * organiser's review shows the anonymiser's warning for it.
 */

/** One demo attachment, before it is encoded and hashed (in main). */
export interface DemoAttachmentSpec {
  readonly applicationId: string;
  readonly id: string;
  readonly name: string;
  readonly kind: Extract<AttachmentKind, 'pdf' | 'txt'>;
  /** Cleared by the demo organiser for anonymised phases. */
  readonly anonymisedOk: boolean;
  /** The text of a TXT attachment (UTF-8 when encoded). */
  readonly text?: string;
  /** The PDF bytes. */
  readonly pdf?: Uint8Array;
}

const PLAN_LINES = [
  'Mål: färre störda nätter för personer med hemtjänst.',
  'Tid: januari till december 2025.',
  'Deltagare: hemtjänsten, nattpatrullen och brukarrådet.',
  'Uppföljning: enkät till brukare och anhöriga varje kvartal.',
  'Budget: 1,2 miljoner kronor, varav hälften till utbildning.',
];

const SURVEY = [
  'Resultat från brukarenkäten 2025',
  '',
  'Svarsfrekvens: 62 procent (412 av 665 utskick).',
  'Andel som känner sig trygga med digital tillsyn: 81 procent.',
  'Andel som vill fortsätta med videosamtal: 74 procent.',
  'Vanligaste önskemålet: större text och tydligare knappar i appen.',
  '',
].join('\n');

const MINUTES = [
  'Protokollsutdrag, socialnämnden i Tallmora kommun, 12 februari 2025',
  '',
  '§ 14 Handlingsplan för digital välfärd',
  '',
  'Nämnden godkänner handlingsplanen. Digitaliseringsstrateg Ingrid Halvarsson',
  'får i uppdrag att återrapportera till nämnden i september.',
  '',
  'Justerat: Per-Olof Sandberg',
  '',
].join('\n');

/** The demo attachments, in the order they are added to their applications. */
export function demoAttachmentSpecs(): DemoAttachmentSpec[] {
  return [
    {
      applicationId: 'app-01',
      id: 'bilaga-1',
      name: 'Projektplan digitala tillsynsbesök.pdf',
      kind: 'pdf',
      anonymisedOk: true,
      pdf: tinyPdf('Projektplan: digitala tillsynsbesök', PLAN_LINES),
    },
    {
      applicationId: 'app-01',
      id: 'bilaga-2',
      name: 'Protokollsutdrag socialnämnden.txt',
      kind: 'txt',
      anonymisedOk: false,
      text: MINUTES,
    },
    {
      applicationId: 'app-03',
      id: 'bilaga-1',
      name: 'Brukarenkät 2025.txt',
      kind: 'txt',
      anonymisedOk: true,
      text: SURVEY,
    },
  ];
}
