import { describe, expect, it } from 'vitest';
import { checkScoreFile } from '../../../src-main/services/chair';
import { cellOf, consolidate } from '../../../src-shared/chair';
import type { VerifiedFile } from '../../../src-shared/chair';
import type { ModelInputs } from '../../../src-renderer/store/chair-model';
import { createModelComputer } from '../../../src-renderer/store/chair-compute';
import type { ComputeRequest } from '../../../src-renderer/store/chair-compute';
import { gridCell } from '../../../src-renderer/store/chair-screen-model';
import { chairModelHandler } from '../../../src-renderer/workers/chair-model-handler';
import { buildJury, scoreFile } from './jury';

/*
 * The chair's screens get their model from a worker, in a slimmed form
 * (chair-screen-model.ts). Whatever the screens read must be exactly what
 * the shared consolidation computes, on either side of the worker.
 */

const jury = buildJury();
const pkg = jury.pkg('juror-1');
const files = new Map(
  ['juror-1', 'juror-2', 'juror-3', 'juror-4', 'juror-5', 'juror-6'].map((j) => {
    const c = checkScoreFile(scoreFile(jury, j).bytes, jury.chair, pkg);
    if (!c.ok) throw new Error(c.reason);
    return [c.file.digest, c.file] as const;
  }),
);
const AT = '2026-04-10T09:00:00.000Z';
const inputs: ModelInputs = {
  pkg,
  files,
  decisions: [],
  tieChoice: 'median-top-borda',
  tieVotes: [],
  finalistCount: 5,
  scoreChanges: [
    {
      jurorId: 'juror-6',
      applicationId: 'app-03',
      criterion: 'L',
      before: 1,
      after: 3,
      reason: 'Läste om.',
      at: AT,
    },
  ],
};
const { pkg: _pkg, files: _files, ...rest } = inputs;
const request = (id: number, more: Partial<ComputeRequest>): ComputeRequest => ({
  ...rest,
  id,
  newFiles: [],
  digests: [...files.keys()],
  ...more,
});

function expected() {
  return consolidate(pkg, files.values(), new Map(), {
    tieChoice: inputs.tieChoice,
    tieVotes: inputs.tieVotes,
    finalistCount: inputs.finalistCount,
    scoreChanges: inputs.scoreChanges,
  });
}

describe('the chair model across the worker', () => {
  it('keeps everything the screens read exactly as the shared consolidation computes it', async () => {
    const handle = chairModelHandler();
    const answer = handle(request(1, { pkg, newFiles: [...files.values()] }));
    if (!answer.ok) throw new Error('the worker answered with an error');
    // What crosses to the window is plain data: a structured copy loses nothing.
    expect(structuredClone(answer.model)).toEqual(answer.model);

    const full = expected();
    const model = await createModelComputer().compute(inputs);
    const c = model.consolidation;
    expect(c.table?.rows).toEqual(full.table?.rows);
    expect(c.table?.ties).toEqual(full.table?.ties);
    expect(c.table?.alpha).toEqual(full.table?.alpha);
    expect(c.table?.z.fallbackJurors).toEqual(full.table?.z.fallbackJurors);
    expect(c.table?.stability.winnerChangesWithout).toEqual(
      full.table?.stability.winnerChangesWithout,
    );
    expect(c.table?.tie.policy).toEqual(full.tie.policy);
    expect(c.tie).toEqual({
      choice: full.tie.choice,
      policy: full.tie.policy,
      appliedVotes: full.tie.appliedVotes,
    });
    expect(c.heads).toEqual(full.heads);
    expect(c.merge).toEqual(full.merge);
    expect(c.built.conflicts).toEqual(full.built.conflicts);
    expect(c.built.applications).toEqual(full.built.applications);
    expect(c.built.input.jurors).toEqual(full.built.input.jurors);
    expect(c.built.input.conflicts).toEqual(full.built.input.conflicts);

    // Every score cell, including the changed one, reads the same from the grid.
    const input = full.built.input;
    for (const j of input.jurors)
      for (const a of input.applications)
        for (const k of input.criteria)
          expect(gridCell(c.cells, j, a, k.key)).toBe(cellOf(input, j, a, k.key));
    expect(gridCell(c.cells, 'juror-6', 'app-03', 'L')).toBe(3);
    expect(gridCell(c.cells, 'nobody', 'app-03', 'L')).toBeNull();

    // The worker's answer, revived, is the same model as the one computed here.
    const viaWorker = answer.model;
    expect(viaWorker.consolidation.table).toEqual(c.table);
    expect(viaWorker.consolidation.cells).toEqual(c.cells);
    expect(viaWorker.progress).toEqual(model.progress);
  });

  it('is sent each file once and then only the digests in use', () => {
    const handle = chairModelHandler();
    const all = [...files.values()];
    const first = handle(request(1, { pkg, newFiles: all }));
    const again = handle(request(2, {}));
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.model.consolidation.table).toEqual(first.model.consolidation.table);
    // Fewer files in use: the worker leaves the others out.
    const five = all.slice(0, 5).map((f: VerifiedFile) => f.digest);
    const fewer = handle(request(3, { digests: five }));
    expect(fewer.ok && fewer.model.consolidation.heads.length).toBe(5);
    // A file it was never sent, or a new package (which clears what it holds): no answer.
    expect(handle(request(4, { digests: [...five, 'f'.repeat(64)] })).ok).toBe(false);
    expect(handle(request(5, { pkg: { ...pkg } })).ok).toBe(false);
  });
});
