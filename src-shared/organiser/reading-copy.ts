import type { Application, Phase } from '../domain/round';
import type { PackageApplication } from '../exchange';
import { anonymiseApplication, coarsenFacts, leakCheck } from '../anonymise';
import type { AnonymisedApplication, LeakFinding } from '../anonymise';
import type { Review } from './records';
import { inPhase } from './attachments';
import type { IssueAttachment } from './attachments';

/*
 * The reading copy of an application for one phase, computed the same way
 * in the review screen (renderer) and when packages are issued (main), so
 * what the organiser approved is exactly what jurors receive.
 */

/** One application with what the anonymiser needs to know about it. */
export interface ReviewedApplication {
  readonly application: Application;
  readonly pseudonym: string;
  readonly review: Review;
  /** Attachments with their bytes; for an anonymised phase only cleared ones are needed. */
  readonly attachments?: readonly IssueAttachment[];
}

/** The redacted sections of an application, with every replacement. */
export function redactionOf(
  item: ReviewedApplication,
  otherApplicants: readonly string[],
): AnonymisedApplication {
  return anonymiseApplication(item.application, {
    pseudonym: item.pseudonym,
    extraTerms: item.review.extraTerms,
    removedTerms: item.review.removedTerms,
    otherApplicants,
  });
}

/** Words in the redacted texts that may still name a place or a person. */
export function leaksOf(
  redacted: AnonymisedApplication,
): { sectionIndex: number; finding: LeakFinding }[] {
  return redacted.sections.flatMap((s, sectionIndex) =>
    [...leakCheck(s.title), ...leakCheck(s.text)].map((finding) => ({ sectionIndex, finding })),
  );
}

/** Every applicant in the round except this one (they are redacted too). */
export function othersOf(
  items: readonly ReviewedApplication[],
  item: ReviewedApplication,
): string[] {
  return items.filter((i) => i !== item).map((i) => i.application.applicant);
}

/**
 * The attachments that go into `phase`: every one in a named phase, only
 * those the organiser cleared in an anonymised phase, since an attachment is
 * sent as it is and cannot be redacted. The field is left out when there are
 * none, so packages without attachments stay as they were before them.
 */
function attachmentsOf(
  item: ReviewedApplication,
  phase: Pick<Phase, 'anonymised'>,
): Pick<PackageApplication, 'attachments'> {
  const chosen = (item.attachments ?? []).filter((a) => inPhase(a, phase));
  return chosen.length === 0 ? {} : { attachments: chosen.map((a) => a.attachment) };
}

/**
 * What a juror reads in `phase`: in an anonymised phase the pseudonym, the
 * redacted sections, coarse facts and cleared attachments; in a named phase
 * the application as written with all its attachments. Contacts are never
 * included.
 */
export function readingCopy(
  item: ReviewedApplication,
  phase: Pick<Phase, 'anonymised'>,
  otherApplicants: readonly string[],
): PackageApplication {
  const { application, pseudonym } = item;
  const base = {
    id: application.id,
    pseudonym,
    anonymised: phase.anonymised,
    ...attachmentsOf(item, phase),
  };
  if (!phase.anonymised) {
    return {
      ...base,
      applicant: application.applicant,
      sections: application.sections.map((s) => ({ title: s.title, text: s.text })),
      facts: coarsenFacts(application.facts, false),
    };
  }
  const redacted = redactionOf(item, otherApplicants);
  return {
    ...base,
    applicant: pseudonym,
    sections: redacted.sections.map((s) => ({ title: s.title, text: s.text })),
    facts: coarsenFacts(application.facts, true),
  };
}

/** Ids of the applications not yet approved, in the given order. */
export function unapprovedIds(items: readonly ReviewedApplication[]): string[] {
  return items.filter((i) => !i.review.approved).map((i) => i.application.id);
}
