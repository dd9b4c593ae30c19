import { consolidate } from '../../src-shared/chair/consolidate';
import type { VerifiedFile } from '../../src-shared/chair/consolidate';
import type { Deliberation } from '../../src-shared/chair/deliberation';
import { jurorProgress, pendingChoices } from '../../src-shared/chair/progress';
import type { JurorProgress, PendingChoice } from '../../src-shared/chair/progress';
import type { PackagePayload } from '../../src-shared/exchange/package';
import type { ChairDecision } from './chair-repository';
import { decisionMap } from './chair-decisions';
import { revive, toSent } from './chair-screen-model';
import type { ScreenConsolidation, SentConsolidation } from './chair-screen-model';

/** Everything the chair's screens show, computed once per change of its inputs. */
export interface ChairModel {
  readonly pkg: PackagePayload;
  readonly consolidation: ScreenConsolidation;
  readonly progress: readonly JurorProgress[];
  readonly pending: readonly PendingChoice[];
  /** Roster names by juror id. */
  readonly jurorNames: ReadonlyMap<string, string>;
  /** What the table calls each application (pseudonym or name). */
  readonly labels: ReadonlyMap<string, string>;
}

/** The inputs the model depends on; anything else (texts, decisions log) never recomputes it. */
export interface ModelInputs {
  readonly pkg: PackagePayload;
  readonly files: ReadonlyMap<string, VerifiedFile>;
  readonly decisions: readonly ChairDecision[];
  readonly tieChoice: Deliberation['tieChoice'];
  readonly tieVotes: Deliberation['tieVotes'];
  readonly finalistCount: number;
  readonly scoreChanges: Deliberation['scoreChanges'];
}

export function sameInputs(a: ModelInputs, b: ModelInputs): boolean {
  return (
    a.pkg === b.pkg &&
    a.files === b.files &&
    a.decisions === b.decisions &&
    a.tieChoice === b.tieChoice &&
    a.tieVotes === b.tieVotes &&
    a.finalistCount === b.finalistCount &&
    a.scoreChanges === b.scoreChanges
  );
}

/** The model as the worker sends it: no package, heads without their content. */
export interface SentModel extends Omit<ChairModel, 'pkg' | 'consolidation'> {
  readonly consolidation: SentConsolidation;
}

/**
 * Run the shared consolidation (the same one the CLI and the result export
 * use) and keep what the screens show. Runs in the worker, or on this thread
 * where there is no worker; either way it is followed by {@link reviveModel}.
 */
export function computeSentModel(inputs: ModelInputs): SentModel {
  const consolidation = consolidate(
    inputs.pkg,
    inputs.files.values(),
    decisionMap(inputs.decisions),
    {
      tieChoice: inputs.tieChoice,
      tieVotes: inputs.tieVotes,
      finalistCount: inputs.finalistCount,
      scoreChanges: inputs.scoreChanges,
    },
  );
  return {
    consolidation: toSent(consolidation),
    progress: jurorProgress(inputs.pkg.roster, consolidation.merge),
    pending: pendingChoices(consolidation.merge),
    jurorNames: new Map(inputs.pkg.roster.jurors.map((j) => [j.jurorId as string, j.name])),
    labels: new Map(consolidation.built.applications.map((a) => [a.id, a.label])),
  };
}

/** The model on the window's side: the package and the heads' content from its own inputs. */
export function reviveModel(sent: SentModel, inputs: ModelInputs): ChairModel {
  return { ...sent, pkg: inputs.pkg, consolidation: revive(sent.consolidation, inputs.files) };
}
