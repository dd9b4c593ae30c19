import type { Application } from '../domain/round';
import { anonymiseApplication } from '../anonymise';
import { MAX_ATTACHMENT_FINDINGS } from './attachments';
import type { AttachmentFinding, AttachmentScan } from './attachments';

/*
 * An attachment cannot be redacted the way the application text is: a PDF
 * or a Word file is sent as it is. So the anonymiser only looks at the text
 * of TXT and DOCX attachments and lists what it would have replaced. The
 * organiser reads that as a warning before clearing an attachment for
 * anonymised phases.
 */

/** Characters of an attachment's text that are scanned; a longer text is scanned in part. */
export const ATTACHMENT_SCAN_CHARS = 200_000;

/** The application an attachment belongs to, as the anonymiser needs it. */
export interface ScanContext {
  readonly application: Pick<Application, 'id' | 'applicant' | 'contacts'>;
  /** The other applicants in the round (their names are found too). */
  readonly otherApplicants?: readonly string[];
  readonly extraTerms?: readonly string[];
  readonly removedTerms?: readonly string[];
}

/** What the anonymiser would replace in `text`, one entry per word and kind, most frequent first. */
export function scanAttachmentText(text: string, context: ScanContext): AttachmentScan {
  const partial = text.length > ATTACHMENT_SCAN_CHARS;
  const scanned = partial ? text.slice(0, ATTACHMENT_SCAN_CHARS) : text;
  const redacted = anonymiseApplication(
    {
      id: context.application.id,
      applicant: context.application.applicant,
      contacts: context.application.contacts,
      sections: [{ title: '', text: scanned }],
      facts: {},
    },
    {
      // Only the findings matter here, never the replacement text.
      pseudonym: 'Ansökan',
      extraTerms: context.extraTerms,
      removedTerms: context.removedTerms,
      otherApplicants: context.otherApplicants,
    },
  );
  const byWord = new Map<string, AttachmentFinding>();
  for (const r of redacted.replacements) {
    const word = r.from.trim().replace(/\s+/g, ' ').slice(0, 200);
    if (word === '') continue;
    const key = `${r.kind}\u0000${word.toLocaleLowerCase('sv')}`;
    const seen = byWord.get(key);
    byWord.set(
      key,
      seen ? { ...seen, count: seen.count + 1 } : { text: word, kind: r.kind, count: 1 },
    );
  }
  const all = [...byWord.values()].sort(
    (a, b) => b.count - a.count || a.text.localeCompare(b.text, 'sv'),
  );
  return {
    findings: all.slice(0, MAX_ATTACHMENT_FINDINGS),
    more: all.length > MAX_ATTACHMENT_FINDINGS,
    partial,
  };
}
