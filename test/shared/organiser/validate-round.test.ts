import { describe, expect, it } from 'vitest';
import {
  blankDraft,
  draftFromTemplate,
  newCriterion,
  resizeScale,
  validateRound,
} from '../../../src-shared/organiser';
import type { RoundDraft } from '../../../src-shared/organiser';

const who = { id: 'omg-2027-test', name: 'Sveriges eHälsokommun 2027', year: 2027 };
const codes = (draft: RoundDraft) => validateRound(draft).issues.map((i) => i.code);

function withCriteria(
  draft: RoundDraft,
  edit: (c: RoundDraft['criteria']) => RoundDraft['criteria'],
) {
  return { ...draft, criteria: edit(draft.criteria) };
}

describe('validateRound', () => {
  it('accepts the template and gives the strict round definition', () => {
    const result = validateRound(draftFromTemplate(who));
    expect(result.issues).toEqual([]);
    expect(result.round?.criteria.map((c) => c.key)).toEqual([
      'L',
      'I',
      'K',
      'A',
      'D',
      'W',
      'S',
      'P',
    ]);
    expect(result.round?.phases).toEqual([
      { id: 'bedomning', name: 'Bedömning', anonymised: true },
      { id: 'final', name: 'Final', anonymised: false },
    ]);
    // Local uids stay in the draft; the round definition has only the documented fields.
    expect(Object.keys(result.round?.criteria[0] ?? {}).sort()).toEqual([
      'guidance',
      'key',
      'name',
      'scale',
      'weight',
    ]);
  });

  it('refuses a round without criteria', () => {
    const result = validateRound({ ...blankDraft(who), award: 'Priset' });
    expect(result.issues.map((i) => i.code)).toEqual(['NO_CRITERIA']);
    expect(result.round).toBeNull();
  });

  it('refuses a zero total weight but allows single zero weights', () => {
    const draft = draftFromTemplate(who);
    expect(codes(withCriteria(draft, (cs) => cs.map((c) => ({ ...c, weight: 0 }))))).toEqual([
      'ZERO_TOTAL_WEIGHT',
    ]);
    expect(
      codes(withCriteria(draft, (cs) => cs.map((c, i) => ({ ...c, weight: i === 0 ? 1 : 0 })))),
    ).toEqual([]);
  });

  it('names duplicate criterion names (any case or spacing) and duplicate keys', () => {
    const draft = withCriteria(draftFromTemplate(who), (cs) =>
      cs.map((c, i) => (i === 1 ? { ...c, name: '  ledning ' } : i === 2 ? { ...c, key: 'L' } : c)),
    );
    const issues = validateRound(draft).issues;
    expect(issues).toContainEqual({
      code: 'DUPLICATE_CRITERION_NAME',
      criterionUid: 'c1',
      value: 'Ledning',
    });
    expect(issues).toContainEqual({
      code: 'DUPLICATE_CRITERION_NAME',
      criterionUid: 'c2',
      value: 'ledning',
    });
    expect(issues).toContainEqual({
      code: 'DUPLICATE_CRITERION_KEY',
      criterionUid: 'c3',
      value: 'L',
    });
    expect(issues.filter((i) => i.code === 'DUPLICATE_CRITERION_KEY')).toHaveLength(2);
  });

  it('checks keys, names, scales and anchors of each criterion', () => {
    const base = blankDraft(who);
    const fresh = newCriterion([]);
    const draft: RoundDraft = {
      ...base,
      award: 'Priset',
      criteria: [
        { ...fresh, key: 'ab', name: '' },
        { ...newCriterion([fresh]), name: 'Nytta', scale: resizeScale(fresh.scale, 1, 6) },
        {
          ...newCriterion([fresh]),
          uid: 'c9',
          key: 'C',
          name: 'Smal',
          scale: { ...fresh.scale, max: 1 },
        },
      ],
    };
    const issues = validateRound(draft).issues;
    expect(issues).toContainEqual({ code: 'CRITERION_NAME_MISSING', criterionUid: 'c1' });
    expect(issues).toContainEqual({
      code: 'CRITERION_KEY_INVALID',
      criterionUid: 'c1',
      value: 'ab',
    });
    expect(issues).toContainEqual({ code: 'ANCHOR_LABEL_MISSING', criterionUid: 'c2', level: 6 });
    expect(issues).toContainEqual({ code: 'SCALE_RANGE', criterionUid: 'c9' });
  });

  it('checks the round itself and its phases', () => {
    const draft: RoundDraft = {
      ...draftFromTemplate(who),
      name: ' ',
      award: '',
      year: 1800,
      phases: [
        { id: 'a', name: 'Final', anonymised: true },
        { id: 'b', name: 'final', anonymised: false },
        { id: 'c', name: '', anonymised: false },
      ],
    };
    expect(codes(draft)).toEqual([
      'ROUND_NAME_MISSING',
      'AWARD_MISSING',
      'YEAR_INVALID',
      'DUPLICATE_PHASE_NAME',
      'DUPLICATE_PHASE_NAME',
      'PHASE_NAME_MISSING',
    ]);
    expect(codes({ ...draftFromTemplate(who), phases: [] })).toEqual(['NO_PHASES']);
  });
});
