import type { VerifiedFile } from '../../src-shared/chair/consolidate';
import type { PackagePayload } from '../../src-shared/exchange/package';
import { computeSentModel, reviveModel } from './chair-model';
import type { ChairModel, ModelInputs, SentModel } from './chair-model';

/*
 * The chair's model is computed in a Web Worker: for a large round (40
 * jurors × 1,000 applications) the consolidation takes seconds, and the
 * window must stay responsive meanwhile. The worker runs the very same
 * pure function (computeSentModel) as this thread would, so the results
 * are the same; chair-screen-model.ts says what crosses over.
 *
 * Copying data to the worker costs time on this thread. The package and
 * the verified files are large and change rarely, so the worker keeps what
 * it got: the package is sent when it changes, and each file once (then
 * only the digests of the files in use). At most one computation is in
 * flight; a newer request replaces one still waiting, so quick edits never
 * pile up work.
 */

/** What the worker is asked. */
export interface ComputeRequest extends Omit<ModelInputs, 'pkg' | 'files'> {
  readonly id: number;
  /** Only when it changed; the worker then forgets the files it holds. */
  readonly pkg?: PackagePayload;
  /** Files the worker does not hold yet. */
  readonly newFiles: readonly VerifiedFile[];
  /** The digests of the files in use, in the inputs' order. */
  readonly digests: readonly string[];
}

export type ComputeResponse =
  | { readonly id: number; readonly ok: true; readonly model: SentModel }
  | { readonly id: number; readonly ok: false };

/** The answer for a request that a newer one replaced before it was sent. */
export class SupersededError extends Error {
  override name = 'SupersededError';
}

export interface ModelComputer {
  compute(inputs: ModelInputs): Promise<ChairModel>;
}

interface Job {
  readonly inputs: ModelInputs;
  readonly resolve: (model: ChairModel) => void;
  readonly reject: (error: Error) => void;
}

/**
 * A model computer: a Web Worker where the browser has one, else the same
 * function on this thread (the unit-test environment has no Worker).
 */
export function createModelComputer(): ModelComputer {
  if (typeof Worker === 'undefined') {
    return { compute: (inputs) => Promise.resolve(reviveModel(computeSentModel(inputs), inputs)) };
  }
  let worker: Worker | null = null;
  let sentPkg: PackagePayload | null = null;
  let sentFiles = new Set<string>();
  let running: (Job & { readonly id: number }) | null = null;
  let waiting: Job | null = null;
  let nextId = 0;

  const stop = (error: Error): void => {
    worker?.terminate();
    worker = null;
    sentPkg = null;
    sentFiles = new Set();
    running?.reject(error);
    running = null;
    const queued = waiting;
    waiting = null;
    queued?.reject(error);
  };

  const start = (): Worker => {
    const w = new Worker(new URL('../workers/chair-model.worker.ts', import.meta.url), {
      type: 'module',
    });
    w.addEventListener('message', (event: MessageEvent<ComputeResponse>) => {
      const answer = event.data;
      const job = running;
      if (job === null || answer.id !== job.id) return;
      running = null;
      if (answer.ok) job.resolve(reviveModel(answer.model, job.inputs));
      else job.reject(new Error('the chair model could not be computed'));
      sendNext();
    });
    // A worker that fails to load or crashes is replaced on the next request.
    w.addEventListener('error', (event) => {
      event.preventDefault();
      stop(new Error('the chair model worker failed'));
    });
    w.addEventListener('messageerror', () => stop(new Error('the chair model worker failed')));
    return w;
  };

  function sendNext(): void {
    const job = waiting;
    if (job === null || running !== null) return;
    waiting = null;
    worker ??= start();
    const { pkg, files, ...rest } = job.inputs;
    if (pkg !== sentPkg) sentFiles = new Set();
    const newFiles = [...files.values()].filter((f) => !sentFiles.has(f.digest));
    nextId += 1;
    const request: ComputeRequest = {
      ...rest,
      id: nextId,
      ...(pkg === sentPkg ? {} : { pkg }),
      newFiles,
      digests: [...files.keys()],
    };
    sentPkg = pkg;
    for (const f of newFiles) sentFiles.add(f.digest);
    running = { ...job, id: nextId };
    worker.postMessage(request);
  }

  return {
    compute: (inputs) =>
      new Promise<ChairModel>((resolve, reject) => {
        waiting?.reject(new SupersededError('a newer computation replaced this one'));
        waiting = { inputs, resolve, reject };
        sendNext();
      }),
  };
}
