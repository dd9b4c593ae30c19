import { DEMO_ROUND_ID } from '../demo/demo-round';

/**
 * Under which name the organiser's key is pinned. Pins are per award, so a
 * new round of the same award from a different key is refused. The built-in
 * demo round is signed with a published demo key: its pin is kept apart, so
 * trying the demo never blocks the real organiser of the same award.
 */
export function pinScope(award: string, roundId: string): string {
  return roundId === DEMO_ROUND_ID ? `demo:${award}` : award;
}
