import { z } from 'zod';
import {
  ApplicationIdSchema,
  JurorIdSchema,
  JurorRoleSchema,
  LIMITS,
  RoundIdSchema,
} from '../domain/round';
import {
  AwardSchema,
  FingerprintSchema,
  KeyIdSchema,
  OrganisationSchema,
  PersonNameSchema,
  PublicKeySchema,
  ReasonSchema,
  RosterVersionSchema,
} from './common';
import { issue } from './refine';

/** Limits on a roster read from a file. */
export const ROSTER_LIMITS = { jurors: LIMITS.jurors, conflicts: 100_000 } as const;

/**
 * Public facts about one person: the two public keys, and the ids and
 * fingerprint derived from them (main re-derives and compares them).
 */
const personShape = {
  name: PersonNameSchema,
  organisation: OrganisationSchema,
  signingPublicKey: PublicKeySchema,
  encryptionPublicKey: PublicKeySchema,
  keyId: KeyIdSchema,
  encryptionKeyId: KeyIdSchema,
  fingerprint: FingerprintSchema,
};

/** The organiser, who signs the roster and every package. */
export const RosterOrganiserSchema = z.strictObject(personShape);

/** One enrolled juror (or the chair). */
export const RosterJurorSchema = z.strictObject({
  jurorId: JurorIdSchema,
  ...personShape,
  role: JurorRoleSchema,
});

/** A conflict of interest recorded by the organiser. */
export const RosterConflictSchema = z.strictObject({
  jurorId: JurorIdSchema,
  applicationId: ApplicationIdSchema,
  reason: ReasonSchema,
});

/**
 * The organiser's list of jurors for one round. It is signed as part of every
 * package; its version only goes up. Invariants: unique juror ids, no key
 * enrolled twice, at most one chair, conflicts only for enrolled jurors and at
 * most one per juror and application. ("Exactly one chair" is required only
 * when packages are issued, see `rosterChair`.)
 */
export const RosterSchema = z
  .strictObject({
    rosterVersion: RosterVersionSchema,
    award: AwardSchema,
    roundId: RoundIdSchema,
    organiser: RosterOrganiserSchema,
    jurors: z.array(RosterJurorSchema).max(ROSTER_LIMITS.jurors),
    conflicts: z.array(RosterConflictSchema).max(ROSTER_LIMITS.conflicts),
  })
  .superRefine((roster, ctx) => {
    const ids = new Set<string>();
    const keys = new Set<string>();
    let chairs = 0;
    roster.jurors.forEach((j, i) => {
      if (ids.has(j.jurorId)) issue(ctx, ['jurors', i, 'jurorId'], 'juror id used twice');
      ids.add(j.jurorId);
      for (const k of [j.keyId, j.encryptionKeyId]) {
        if (keys.has(k)) issue(ctx, ['jurors', i], 'a key is enrolled twice');
        keys.add(k);
      }
      if (j.role === 'chair') chairs++;
    });
    if (chairs > 1) issue(ctx, ['jurors'], 'more than one chair');
    const pairs = new Set<string>();
    roster.conflicts.forEach((c, i) => {
      if (!ids.has(c.jurorId)) issue(ctx, ['conflicts', i, 'jurorId'], 'not an enrolled juror');
      // JSON text of the pair: no separator inside an id can make two pairs collide.
      const pair = JSON.stringify([c.jurorId, c.applicationId]);
      if (pairs.has(pair)) issue(ctx, ['conflicts', i], 'conflict recorded twice');
      pairs.add(pair);
    });
  });

export type RosterOrganiser = z.infer<typeof RosterOrganiserSchema>;
export type RosterJuror = z.infer<typeof RosterJurorSchema>;
export type RosterConflict = z.infer<typeof RosterConflictSchema>;
export type Roster = z.infer<typeof RosterSchema>;

/** The roster's chair, or undefined when none has been chosen yet. */
export function rosterChair(roster: Roster): RosterJuror | undefined {
  return roster.jurors.find((j) => j.role === 'chair');
}

/** The juror with this id, or undefined. */
export function findJuror(roster: Roster, jurorId: string): RosterJuror | undefined {
  return roster.jurors.find((j) => j.jurorId === jurorId);
}

/** The juror whose signing key has this key id, or undefined. */
export function jurorBySigningKey(roster: Roster, keyId: string): RosterJuror | undefined {
  return roster.jurors.find((j) => j.keyId === keyId);
}

/** Application ids the organiser recorded as conflicts for this juror. */
export function conflictsOf(roster: Roster, jurorId: string): ReadonlySet<string> {
  return new Set(roster.conflicts.filter((c) => c.jurorId === jurorId).map((c) => c.applicationId));
}
