import type { Criterion, Phase, Round } from '../domain/round';
import { defaultScale, ehalsokommunPhases, ehalsokommunTemplate } from '../domain/template';
import type { AnchorDraft, CriterionDraft, PhaseDraft, RoundDraft, ScaleDraft } from './draft';
import { SCALE_BOUNDS } from './draft';

/*
 * Ways to start a round and the small, pure edits the round editor makes.
 * Every function returns new objects and never changes its arguments.
 */

/** The award the template is written for. */
export const TEMPLATE_AWARD = 'Sveriges eHälsokommun';

/** Who a new round is, before anything is copied into it. */
export interface NewRoundIdentity {
  readonly id: string;
  readonly name: string;
  readonly year: number;
}

function scaleDraft(scale: Criterion['scale'] | ScaleDraft): ScaleDraft {
  return {
    min: scale.min,
    max: scale.max,
    allowCannotAssess: scale.allowCannotAssess,
    anchors: scale.anchors.map((a) => ({
      value: a.value,
      label: a.label,
      description: a.description,
    })),
  };
}

function criterionDraft(c: Criterion | CriterionDraft, index: number): CriterionDraft {
  return {
    uid: `c${index + 1}`,
    key: c.key,
    name: c.name,
    guidance: c.guidance,
    weight: c.weight,
    scale: scaleDraft(c.scale),
  };
}

function phaseDraft(p: Phase | PhaseDraft): PhaseDraft {
  return { id: p.id, name: p.name, anonymised: p.anonymised };
}

/** The two default phases: "Bedömning" (anonymised) and "Final" (named). */
export function defaultPhases(): PhaseDraft[] {
  return ehalsokommunPhases().map(phaseDraft);
}

/** A round from the eHälsokommun template: eight criteria on the 1–5 scale. */
export function draftFromTemplate(who: NewRoundIdentity): RoundDraft {
  return {
    ...who,
    award: TEMPLATE_AWARD,
    description: '',
    phases: defaultPhases(),
    criteria: ehalsokommunTemplate().criteria.map(criterionDraft),
  };
}

/** An empty round with the default phases and no criteria. */
export function blankDraft(who: NewRoundIdentity): RoundDraft {
  return { ...who, award: '', description: '', phases: defaultPhases(), criteria: [] };
}

/** A new round that copies award, description, phases and criteria of an earlier one. */
export function draftFromRound(source: Round | RoundDraft, who: NewRoundIdentity): RoundDraft {
  return {
    ...who,
    award: source.award,
    description: source.description,
    phases: source.phases.map(phaseDraft),
    criteria: source.criteria.map(criterionDraft),
  };
}

/** A finished round definition as an editable draft (same id and name). */
export function draftOfRound(round: Round): RoundDraft {
  return draftFromRound(round, { id: round.id, name: round.name, year: round.year });
}

/** A uid not yet used in the list ('c1', 'c2', …). */
export function nextUid(criteria: readonly CriterionDraft[]): string {
  const used = new Set(criteria.map((c) => c.uid));
  let n = criteria.length + 1;
  while (used.has(`c${n}`)) n++;
  return `c${n}`;
}

/** The first key from A–Z (then K1, K2, …) that no criterion uses. */
export function nextKey(criteria: readonly CriterionDraft[]): string {
  const used = new Set(criteria.map((c) => c.key.trim().toUpperCase()));
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') if (!used.has(letter)) return letter;
  let n = 1;
  while (used.has(`K${n}`)) n++;
  return `K${n}`;
}

/** A new, empty criterion on the default 1–5 scale with its written anchors. */
export function newCriterion(criteria: readonly CriterionDraft[]): CriterionDraft {
  return {
    uid: nextUid(criteria),
    key: nextKey(criteria),
    name: '',
    guidance: '',
    weight: 1,
    scale: scaleDraft(defaultScale()),
  };
}

/** The list with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [item] = out.splice(from, 1);
  if (item === undefined) return [...list];
  out.splice(target, 0, item);
  return out;
}

/**
 * The scale with new bounds: one anchor per level, keeping the written
 * anchors of levels that stay and adding empty ones for new levels.
 * Bounds are clamped to SCALE_BOUNDS; a maximum not above the minimum is
 * kept as typed so that validation can say what is wrong.
 */
export function resizeScale(scale: ScaleDraft, min: number, max: number): ScaleDraft {
  const lo = Math.max(SCALE_BOUNDS.min, Math.min(SCALE_BOUNDS.max, Math.trunc(min)));
  const hi = Math.max(SCALE_BOUNDS.min, Math.min(SCALE_BOUNDS.max, Math.trunc(max)));
  const byValue = new Map(scale.anchors.map((a) => [a.value, a]));
  const anchors: AnchorDraft[] = [];
  for (let v = lo; v <= hi; v++) {
    anchors.push(byValue.get(v) ?? { value: v, label: '', description: '' });
  }
  return { ...scale, min: lo, max: hi, anchors };
}

/** A phase id not yet used in the round ('fas-3', …). */
export function nextPhaseId(phases: readonly PhaseDraft[]): string {
  const used = new Set(phases.map((p) => p.id));
  let n = phases.length + 1;
  while (used.has(`fas-${n}`)) n++;
  return `fas-${n}`;
}
