import { assignPseudonyms } from '../../../src-shared/anonymise';
import type { Application, Phase } from '../../../src-shared/domain/round';
import type { PackageApplication } from '../../../src-shared/exchange';
import { emptyReview, readingCopy } from '../../../src-shared/organiser';
import type { ReviewedApplication } from '../../../src-shared/organiser';
import { demoIssueAttachments } from './demo-attachments';

/** The hand-written demo applications come first; the rest are generated. */
const WRITTEN_APPLICATIONS = 9;

/**
 * The demo applications as the organiser has them when issuing: pseudonyms
 * ('Ansökan A', …) seeded by the round id as the app seeds them, every
 * application approved without extra or removed terms, and the demo
 * attachments with the demo organiser's decision for anonymised phases.
 */
export function demoReviewedApplications(
  roundId: string,
  applications: readonly Application[],
): ReviewedApplication[] {
  const pseudonyms = assignPseudonyms(
    new Map(),
    applications.map((a) => a.id),
    roundId,
  );
  return applications.map((application) => ({
    application,
    pseudonym: pseudonyms.get(application.id) ?? application.id,
    review: { ...emptyReview(), approved: true },
    attachments: demoIssueAttachments(application.id),
  }));
}

/**
 * The demo round's reading copies for one phase, made by the organiser's own
 * `readingCopy` (the function preparePackages uses): redacted texts, coarse
 * facts and only cleared attachments in an anonymised phase; names, full
 * facts and every attachment in a named one. Contacts are never included.
 * test/main/demo/reading-copies.test.ts checks that packages issued through
 * preparePackages carry exactly these copies.
 */
export function demoReadingCopies(
  roundId: string,
  phase: Phase,
  applications: readonly Application[],
): PackageApplication[] {
  // The anonymiser also looks for every other applicant's name, which costs
  // time per pair. Only the nine written texts mention other applicants (as
  // real ones do); generated texts name only their own, so the written names
  // are the whole list that matters, and large demo rounds stay fast. For
  // the nine-application demo round this is exactly preparePackages' list.
  const written = applications.slice(0, WRITTEN_APPLICATIONS).map((a) => a.applicant);
  return demoReviewedApplications(roundId, applications).map((item) =>
    readingCopy(
      item,
      phase,
      written.filter((name) => name !== item.application.applicant),
    ),
  );
}
