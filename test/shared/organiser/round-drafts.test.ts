import { describe, expect, it } from 'vitest';
import { demoRound } from '../../../src-shared/demo/demo-round';
import {
  blankDraft,
  draftFromRound,
  draftFromTemplate,
  draftOfRound,
  moveItem,
  newCriterion,
  nextKey,
  nextPhaseId,
  resizeScale,
  RoundDraftSchema,
  validateRound,
} from '../../../src-shared/organiser';

const who = { id: 'omg-x', name: 'Ny omgång', year: 2027 };

describe('starting a round', () => {
  it('from the template: eight criteria on 1–5 with an anchor per level, D double weight', () => {
    const draft = draftFromTemplate(who);
    expect(RoundDraftSchema.parse(draft)).toEqual(draft);
    expect(draft.criteria).toHaveLength(8);
    expect(draft.criteria.find((c) => c.key === 'D')?.weight).toBe(2);
    for (const c of draft.criteria) {
      expect(c.scale.anchors.map((a) => a.value)).toEqual([1, 2, 3, 4, 5]);
      expect(c.scale.allowCannotAssess).toBe(true);
    }
    expect(new Set(draft.criteria.map((c) => c.uid)).size).toBe(8);
  });

  it('from scratch: default phases, no criteria', () => {
    const draft = blankDraft(who);
    expect(draft.phases.map((p) => [p.name, p.anonymised])).toEqual([
      ['Bedömning', true],
      ['Final', false],
    ]);
    expect(draft.criteria).toEqual([]);
  });

  it('from an earlier round: copies the definition under the new id and name', () => {
    const source = draftOfRound(demoRound());
    const copy = draftFromRound({ ...source, description: 'Förra året' }, who);
    expect(copy.id).toBe('omg-x');
    expect(copy.name).toBe('Ny omgång');
    expect(copy.description).toBe('Förra året');
    expect(copy.criteria.map((c) => c.key)).toEqual(source.criteria.map((c) => c.key));
    expect(validateRound(copy).issues).toEqual([]);
    // A copy is independent of its source.
    copy.criteria[0]?.scale.anchors.splice(0);
    expect(source.criteria[0]?.scale.anchors).toHaveLength(5);
  });
});

describe('editing helpers', () => {
  it('moveItem moves and clamps, without changing the input', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(list, 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(list, 2, 9)).toEqual(['a', 'b', 'c']);
    expect(moveItem(list, 5, 0)).toEqual(['a', 'b', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('nextKey and newCriterion pick unused keys and uids', () => {
    const draft = draftFromTemplate(who);
    expect(nextKey(draft.criteria)).toBe('B');
    const added = newCriterion(draft.criteria);
    expect(added.key).toBe('B');
    expect(draft.criteria.map((c) => c.uid)).not.toContain(added.uid);
    expect(nextPhaseId(draft.phases)).toBe('fas-3');
  });

  it('resizeScale keeps written anchors and adds empty ones', () => {
    const scale = draftFromTemplate(who).criteria[0]?.scale;
    if (!scale) throw new Error('template has criteria');
    const wider = resizeScale(scale, 0, 6);
    expect(wider.anchors.map((a) => a.value)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(wider.anchors[1]?.label).toBe('Ej planerad');
    expect(wider.anchors[0]?.label).toBe('');
    expect(resizeScale(scale, 1, 3).anchors.map((a) => a.label)).toEqual([
      'Ej planerad',
      'Planerad',
      'Påbörjad',
    ]);
    expect(resizeScale(scale, -5, 99)).toMatchObject({ min: 0, max: 10 });
  });
});
