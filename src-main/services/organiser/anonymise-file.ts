import { isCryptoError, parseJsonBytes } from '../crypto';
import { IMPORT_LIMITS, readApplicationsJson } from '../import';
import { assignPseudonyms } from '../../../src-shared/anonymise';
import type { Application } from '../../../src-shared/domain/round';
import type { RowReport } from '../../../src-shared/import';
import { emptyReview, leaksOf, redactionOf } from '../../../src-shared/organiser';

/*
 * The CLI's `anonymise`: the application JSON in, the same structure out,
 * with redacted section titles and texts, the pseudonym, and what was
 * replaced. Same code as the app's review screen (src-shared/organiser),
 * with the pseudonyms the app would give for the same ids and seed.
 */

/** One application of the output. */
export interface AnonymisedEntry {
  readonly id: string;
  readonly pseudonym: string;
  readonly applicant: string;
  readonly contacts: Application['contacts'];
  readonly sections: readonly { title: string; text: string }[];
  readonly facts: Application['facts'];
  readonly replacements: readonly { from: string; to: string; kind: string }[];
  /** Words in the redacted text that may still name a place or person. */
  readonly leaks: readonly string[];
}

export type AnonymiseFileResult =
  | { ok: true; output: unknown; entries: AnonymisedEntry[]; warnings: RowReport[] }
  | { ok: false; message: string };

const fail = (message: string): AnonymiseFileResult => ({ ok: false, message });

/** Own, enumerable top-level fields of the input object, except the applications. */
function wrapperOf(value: unknown): Record<string, unknown> | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (key !== 'applications') out[key] = field;
  return out;
}

/**
 * Anonymise every application in an application JSON file. All or nothing:
 * if any entry cannot be read, nothing is produced and the message says
 * which. `seed` orders the pseudonyms; by default the file's round id.
 */
export function anonymiseFile(bytes: Uint8Array, seed?: string): AnonymiseFileResult {
  const read = readApplicationsJson(bytes);
  if (!read.ok) return fail(`${read.error.code}: ${read.error.message}`);
  const skipped = read.rowIssues.filter((r) => r.status === 'skipped');
  if (skipped.length > 0) {
    const where = skipped
      .slice(0, 10)
      .map((r) => `#${r.row} ${r.issues.map((i) => i.code).join('+')}`)
      .join(', ');
    return fail(
      `${skipped.length} of ${read.summary.total} applications could not be read (${where}); nothing was written.`,
    );
  }
  let raw: unknown;
  try {
    const body =
      bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    raw = parseJsonBytes(body, { maxBytes: IMPORT_LIMITS.maxJsonBytes });
  } catch (e) {
    if (isCryptoError(e)) return fail(`${e.code}: ${e.message}`);
    throw e;
  }
  const wrapper = wrapperOf(raw);
  const roundId = typeof wrapper?.['roundId'] === 'string' ? wrapper['roundId'] : 'juryrum';
  const apps = read.applications;
  const pseudonyms = assignPseudonyms(
    new Map(),
    apps.map((a) => a.id),
    seed ?? roundId,
  );
  const applicants = apps.map((a) => a.applicant);
  const entries = apps.map((application, i): AnonymisedEntry => {
    const pseudonym = pseudonyms.get(application.id) ?? application.id;
    const redacted = redactionOf(
      { application, pseudonym, review: emptyReview() },
      applicants.filter((_, j) => j !== i),
    );
    return {
      id: application.id,
      pseudonym,
      applicant: application.applicant,
      contacts: application.contacts,
      sections: redacted.sections.map((s) => ({ title: s.title, text: s.text })),
      facts: application.facts,
      replacements: redacted.replacements.map((r) => ({ from: r.from, to: r.to, kind: r.kind })),
      leaks: [...new Set(leaksOf(redacted).map((l) => l.finding.word))],
    };
  });
  const output = wrapper === null ? entries : { ...wrapper, applications: entries };
  return { ok: true, output, entries, warnings: read.rowIssues };
}
