import { consolidate } from '../../src-shared/chair/consolidate';
import type { Consolidation, VerifiedFile } from '../../src-shared/chair/consolidate';
import type { Deliberation } from '../../src-shared/chair/deliberation';
import { jurorProgress, pendingChoices } from '../../src-shared/chair/progress';
import type { JurorProgress, PendingChoice } from '../../src-shared/chair/progress';
import type { PackagePayload } from '../../src-shared/exchange/package';
import type { ChairDecision } from './chair-repository';
import { decisionMap } from './chair-decisions';

/** Everything the chair's screens show, computed once per change of its inputs. */
export interface ChairModel {
  readonly pkg: PackagePayload;
  readonly consolidation: Consolidation;
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
  readonly finalistCount: number;
  readonly scoreChanges: Deliberation['scoreChanges'];
}

export function sameInputs(a: ModelInputs, b: ModelInputs): boolean {
  return (
    a.pkg === b.pkg &&
    a.files === b.files &&
    a.decisions === b.decisions &&
    a.tieChoice === b.tieChoice &&
    a.finalistCount === b.finalistCount &&
    a.scoreChanges === b.scoreChanges
  );
}

/** Run the shared consolidation (the same one the CLI and the result export use). */
export function buildChairModel(inputs: ModelInputs): ChairModel {
  const consolidation = consolidate(
    inputs.pkg,
    inputs.files.values(),
    decisionMap(inputs.decisions),
    {
      tieChoice: inputs.tieChoice,
      finalistCount: inputs.finalistCount,
      scoreChanges: inputs.scoreChanges,
    },
  );
  return {
    pkg: inputs.pkg,
    consolidation,
    progress: jurorProgress(inputs.pkg.roster, consolidation.merge),
    pending: pendingChoices(consolidation.merge),
    jurorNames: new Map(inputs.pkg.roster.jurors.map((j) => [j.jurorId as string, j.name])),
    labels: new Map(consolidation.built.applications.map((a) => [a.id, a.label])),
  };
}
