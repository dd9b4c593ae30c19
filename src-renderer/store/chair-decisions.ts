import { decisionKey } from '../../src-shared/scoring/merge';
import type { ChairDecision } from './chair-repository';

/** The chair's decisions as the merge takes them. */
export function decisionMap(decisions: readonly ChairDecision[]): Map<string, string> {
  return new Map(decisions.map((d) => [decisionKey(d.jurorId, d.revision), d.digest] as const));
}
