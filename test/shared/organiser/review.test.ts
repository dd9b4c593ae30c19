import { describe, expect, it } from 'vitest';
import { demoApplications } from '../../../src-shared/demo/demo-applications';
import {
  addTerm,
  emptyReview,
  keepTerm,
  readingCopy,
  redactAgain,
  redactionOf,
  replacedTerms,
  segmentsOf,
  setApproved,
  unapprovedIds,
} from '../../../src-shared/organiser';
import type { ReviewedApplication } from '../../../src-shared/organiser';

const apps = demoApplications();
const first = apps[0];
if (!first) throw new Error('the demo has applications');
const item: ReviewedApplication = {
  application: first,
  pseudonym: 'Ansökan C',
  review: emptyReview(),
};
const others = apps.slice(1).map((a) => a.applicant);

describe('review edits', () => {
  it('adding or keeping a term clears the approval; case does not matter', () => {
    const approved = setApproved(emptyReview(), true);
    const added = addTerm(approved, '  Norrbacken ');
    expect(added).toEqual({ extraTerms: ['Norrbacken'], removedTerms: [], approved: false });
    expect(addTerm(added, 'norrbacken')).toEqual(added);
    expect(addTerm(added, 'x').extraTerms).toEqual(['Norrbacken']);
    // Keeping a hand-added term drops it; keeping anything else records it.
    expect(keepTerm(added, 'NORRBACKEN').extraTerms).toEqual([]);
    const kept = keepTerm(setApproved(emptyReview(), true), 'Vara');
    expect(kept).toEqual({ extraTerms: [], removedTerms: ['Vara'], approved: false });
    expect(redactAgain(kept, 'vara').removedTerms).toEqual([]);
  });

  it('lists unapproved applications in order', () => {
    const items = apps.slice(0, 3).map((application, i) => ({
      application,
      pseudonym: `Ansökan ${i}`,
      review: setApproved(emptyReview(), i === 1),
    }));
    expect(unapprovedIds(items)).toEqual([apps[0]?.id, apps[2]?.id]);
  });
});

describe('reading copies', () => {
  it('anonymised: pseudonym, redacted text, coarse facts, no contacts', () => {
    const copy = readingCopy(item, { anonymised: true }, others);
    expect(copy.applicant).toBe('Ansökan C');
    expect(copy.anonymised).toBe(true);
    const text = copy.sections.map((s) => s.text).join('\n');
    expect(text).not.toContain(first.applicant.split(' ')[0]);
    expect(text).toContain('Ansökan C');
    expect(JSON.stringify(copy)).not.toContain(first.contacts[0]?.email ?? '@');
    expect(typeof copy.facts['population']).toBe('string');
  });

  it('named: the application as written, exact facts', () => {
    const copy = readingCopy(item, { anonymised: false }, others);
    expect(copy.applicant).toBe(first.applicant);
    expect(copy.sections).toEqual(first.sections.map((s) => ({ title: s.title, text: s.text })));
    expect(copy.facts).toEqual(first.facts);
  });

  it('a term added by hand is replaced, a kept term is not', () => {
    const word = 'hemtjänsten';
    const plain = redactionOf(item, others);
    expect(plain.sections.some((s) => s.text.toLowerCase().includes(word))).toBe(true);
    const added = redactionOf({ ...item, review: addTerm(item.review, word) }, others);
    expect(added.sections.some((s) => s.text.toLowerCase().includes(word))).toBe(false);
    expect(added.replacements.some((r) => r.kind === 'extra')).toBe(true);
    const name = first.applicant.split(' ')[0] ?? '';
    const kept = redactionOf({ ...item, review: keepTerm(item.review, name) }, others);
    expect(kept.sections.some((s) => s.text.includes(name))).toBe(true);
  });
});

describe('highlight segments', () => {
  const redacted = redactionOf(item, others);
  const index = redacted.replacements[0]?.sectionIndex ?? 0;
  const mine = redacted.replacements.filter((r) => r.sectionIndex === index && r.field === 'text');
  const original = first.sections[index]?.text ?? '';
  const after = redacted.sections[index]?.text ?? '';

  it('rebuild both texts exactly and mark every replacement', () => {
    for (const [text, side] of [
      [original, 'original'],
      [after, 'redacted'],
    ] as const) {
      const segments = segmentsOf(text, mine, side);
      expect(segments.map((s) => s.text).join('')).toBe(text);
      expect(segments.filter((s) => s.kind !== null)).toHaveLength(mine.length);
    }
    const marks = segmentsOf(original, mine, 'original').filter((s) => s.kind !== null);
    expect(marks.map((m) => m.text)).toEqual(mine.map((r) => r.from));
    expect(marks.map((m) => m.counterpart)).toEqual(mine.map((r) => r.to));
  });

  it('ignore positions outside the text instead of trusting them', () => {
    const bogus = [
      {
        start: 5,
        end: 500,
        redactedStart: 0,
        redactedEnd: 1,
        kind: 'extra',
        from: 'x',
        to: 'y',
      } as const,
    ];
    expect(segmentsOf('short', bogus, 'original')).toEqual([{ text: 'short', kind: null }]);
  });

  it('count distinct replaced terms', () => {
    const terms = replacedTerms(redacted.replacements);
    expect(terms.reduce((n, t) => n + t.count, 0)).toBe(redacted.replacements.length);
    expect(new Set(terms.map((t) => t.from)).size).toBe(terms.length);
  });
});
