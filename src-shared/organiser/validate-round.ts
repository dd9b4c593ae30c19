import { RoundSchema } from '../domain/round';
import type { Round } from '../domain/round';
import type { CriterionDraft, RoundDraft } from './draft';

/*
 * Round validation for the editor: every problem that stops a round from
 * being used, each with a stable code the UI translates and the place it
 * refers to, so the message can sit next to the field. Pure.
 */

export type RoundIssueCode =
  | 'ROUND_NAME_MISSING'
  | 'AWARD_MISSING'
  | 'YEAR_INVALID'
  | 'NO_PHASES'
  | 'PHASE_NAME_MISSING'
  | 'DUPLICATE_PHASE_NAME'
  | 'NO_CRITERIA'
  | 'ZERO_TOTAL_WEIGHT'
  | 'CRITERION_NAME_MISSING'
  | 'DUPLICATE_CRITERION_NAME'
  | 'CRITERION_KEY_INVALID'
  | 'DUPLICATE_CRITERION_KEY'
  | 'SCALE_RANGE'
  | 'ANCHOR_LABEL_MISSING'
  | 'INVALID';

/** One problem and where it is. */
export interface RoundIssue {
  readonly code: RoundIssueCode;
  /** The criterion it concerns (its uid), if any. */
  readonly criterionUid?: string;
  /** The phase it concerns (position in the list), if any. */
  readonly phaseIndex?: number;
  /** The offending text: a duplicate name or key. */
  readonly value?: string;
  /** The scale level whose anchor is missing. */
  readonly level?: number;
}

export interface RoundValidation {
  readonly issues: readonly RoundIssue[];
  /** The finished round definition, or null while there are issues. */
  readonly round: Round | null;
}

/** Criterion keys are 1–8 capital letters or digits, starting with a letter. */
export const CRITERION_KEY_PATTERN = /^[A-Z][A-Z0-9]{0,7}$/;

const YEAR_MIN = 1900;
const YEAR_MAX = 2200;

const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/** Values that occur more than once (compared with `key`), in first-seen spelling. */
function duplicates(values: readonly string[], key: (s: string) => string): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) {
    const k = key(v);
    if (k === '') continue;
    if (seen.has(k)) twice.add(k);
    seen.add(k);
  }
  return twice;
}

function criterionIssues(criteria: readonly CriterionDraft[]): RoundIssue[] {
  const issues: RoundIssue[] = [];
  const dupNames = duplicates(
    criteria.map((c) => c.name),
    norm,
  );
  const dupKeys = duplicates(
    criteria.map((c) => c.key),
    (s) => s.trim(),
  );
  for (const c of criteria) {
    const at = { criterionUid: c.uid };
    if (c.name.trim() === '') issues.push({ code: 'CRITERION_NAME_MISSING', ...at });
    else if (dupNames.has(norm(c.name))) {
      issues.push({ code: 'DUPLICATE_CRITERION_NAME', ...at, value: c.name.trim() });
    }
    if (!CRITERION_KEY_PATTERN.test(c.key.trim())) {
      issues.push({ code: 'CRITERION_KEY_INVALID', ...at, value: c.key });
    } else if (dupKeys.has(c.key.trim())) {
      issues.push({ code: 'DUPLICATE_CRITERION_KEY', ...at, value: c.key.trim() });
    }
    const { scale } = c;
    if (scale.max <= scale.min) {
      issues.push({ code: 'SCALE_RANGE', ...at });
      continue;
    }
    for (let level = scale.min; level <= scale.max; level++) {
      const anchor = scale.anchors.find((a) => a.value === level);
      if (anchor === undefined || anchor.label.trim() === '') {
        issues.push({ code: 'ANCHOR_LABEL_MISSING', ...at, level });
      }
    }
  }
  return issues;
}

/** The draft as the strict round schema expects it (trimmed, uids dropped). */
function toRoundInput(draft: RoundDraft): unknown {
  return {
    id: draft.id,
    award: draft.award.trim(),
    name: draft.name.trim(),
    year: draft.year,
    description: draft.description,
    phases: draft.phases.map((p) => ({ id: p.id, name: p.name.trim(), anonymised: p.anonymised })),
    criteria: draft.criteria.map((c) => ({
      key: c.key.trim(),
      name: c.name.trim(),
      guidance: c.guidance,
      weight: c.weight,
      scale: {
        min: c.scale.min,
        max: c.scale.max,
        allowCannotAssess: c.scale.allowCannotAssess,
        anchors: c.scale.anchors
          .filter((a) => a.value >= c.scale.min && a.value <= c.scale.max)
          .sort((a, b) => a.value - b.value)
          .map((a) => ({ value: a.value, label: a.label.trim(), description: a.description })),
      },
    })),
  };
}

/** Check a draft; `round` is the strict round definition when nothing is wrong. */
export function validateRound(draft: RoundDraft): RoundValidation {
  const issues: RoundIssue[] = [];
  if (draft.name.trim() === '') issues.push({ code: 'ROUND_NAME_MISSING' });
  if (draft.award.trim() === '') issues.push({ code: 'AWARD_MISSING' });
  if (!Number.isInteger(draft.year) || draft.year < YEAR_MIN || draft.year > YEAR_MAX) {
    issues.push({ code: 'YEAR_INVALID' });
  }
  if (draft.phases.length === 0) issues.push({ code: 'NO_PHASES' });
  const dupPhases = duplicates(
    draft.phases.map((p) => p.name),
    norm,
  );
  draft.phases.forEach((p, phaseIndex) => {
    if (p.name.trim() === '') issues.push({ code: 'PHASE_NAME_MISSING', phaseIndex });
    else if (dupPhases.has(norm(p.name))) {
      issues.push({ code: 'DUPLICATE_PHASE_NAME', phaseIndex, value: p.name.trim() });
    }
  });
  if (draft.criteria.length === 0) issues.push({ code: 'NO_CRITERIA' });
  else if (draft.criteria.reduce((sum, c) => sum + c.weight, 0) <= 0) {
    issues.push({ code: 'ZERO_TOTAL_WEIGHT' });
  }
  issues.push(...criterionIssues(draft.criteria));
  if (issues.length > 0) return { issues, round: null };
  const parsed = RoundSchema.safeParse(toRoundInput(draft));
  // The checks above cover the schema; this catches anything they miss.
  if (!parsed.success) return { issues: [{ code: 'INVALID' }], round: null };
  return { issues: [], round: parsed.data };
}
