import {
  anonymiseApplication,
  assignPseudonyms,
  coarsenFacts,
} from '../../../src-shared/anonymise';
import type { Application, Phase } from '../../../src-shared/domain/round';
import type { PackageApplication } from '../../../src-shared/exchange';
import { inPhase } from '../../../src-shared/organiser/attachments';
import { demoIssueAttachments } from './demo-attachments';

/** The hand-written demo applications come first; the rest are generated. */
const WRITTEN_APPLICATIONS = 9;

/**
 * The demo round's reading copies for one phase, made with the app's own
 * anonymiser: pseudonyms ('Ansökan A', …) seeded by the round id, redacted
 * texts and coarsened facts in an anonymised phase; names and full facts in
 * a named one. Contacts are never part of a reading copy. The demo
 * attachments go in as in the app: all of them in a named phase, only those
 * the demo organiser cleared in an anonymised one.
 */
export function demoReadingCopies(
  roundId: string,
  phase: Phase,
  applications: readonly Application[],
): PackageApplication[] {
  const pseudonyms = assignPseudonyms(
    new Map(),
    applications.map((a) => a.id),
    roundId,
  );
  // The anonymiser also looks for every other applicant's name, which costs
  // time per pair. Only the nine written texts mention other applicants (as
  // real ones do); generated texts name only their own, so the written names
  // are the whole list that matters, and large demo rounds stay fast.
  const applicants = applications.slice(0, WRITTEN_APPLICATIONS).map((a) => a.applicant);
  return applications.map((a) => {
    const pseudonym = pseudonyms.get(a.id) ?? a.id;
    const attachments = demoIssueAttachments(a.id)
      .filter((x) => inPhase(x, phase))
      .map((x) => x.attachment);
    const withAttachments = attachments.length > 0 ? { attachments } : {};
    if (!phase.anonymised) {
      return {
        ...withAttachments,
        id: a.id,
        pseudonym,
        anonymised: false,
        applicant: a.applicant,
        sections: a.sections.map((s) => ({ title: s.title, text: s.text })),
        facts: coarsenFacts(a.facts, false),
      };
    }
    const copy = anonymiseApplication(a, { pseudonym, otherApplicants: applicants });
    return {
      ...withAttachments,
      id: a.id,
      pseudonym,
      anonymised: true,
      applicant: pseudonym,
      sections: copy.sections.map((s) => ({ title: s.title, text: s.text })),
      facts: coarsenFacts(a.facts, true),
    };
  });
}
