import type { Review } from './records';

/*
 * Edits of an application's anonymisation review. Any change to what is
 * replaced clears the approval: the organiser approves a reading copy, and a
 * different reading copy needs a new look. Terms compare without regard to
 * case or surrounding spaces.
 */

const same = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase('sv') === b.trim().toLocaleLowerCase('sv');

const without = (list: readonly string[], term: string): string[] =>
  list.filter((t) => !same(t, term));

/** Whether the term is usable: 2–200 characters after trimming. */
export function isUsableTerm(term: string): boolean {
  const t = term.trim();
  return [...t].length >= 2 && t.length <= 200;
}

/** Replace `term` wherever it occurs (and stop keeping it, if it was kept). */
export function addTerm(review: Review, term: string): Review {
  const t = term.trim();
  if (!isUsableTerm(t) || review.extraTerms.some((x) => same(x, t))) {
    return { ...review, removedTerms: without(review.removedTerms, t) };
  }
  return {
    extraTerms: [...review.extraTerms, t],
    removedTerms: without(review.removedTerms, t),
    approved: false,
  };
}

/** Stop replacing `term`: a hand-added term is dropped, anything else is kept as written. */
export function keepTerm(review: Review, term: string): Review {
  const t = term.trim();
  if (review.extraTerms.some((x) => same(x, t))) {
    return { ...review, extraTerms: without(review.extraTerms, t), approved: false };
  }
  if (!isUsableTerm(t) || review.removedTerms.some((x) => same(x, t))) return review;
  return { ...review, removedTerms: [...review.removedTerms, t], approved: false };
}

/** Undo keepTerm for a term that was kept: it is replaced again. */
export function redactAgain(review: Review, term: string): Review {
  if (!review.removedTerms.some((x) => same(x, term))) return review;
  return { ...review, removedTerms: without(review.removedTerms, term), approved: false };
}

/** Approve or withdraw the approval of the reading copy as it is now. */
export function setApproved(review: Review, approved: boolean): Review {
  return { ...review, approved };
}
