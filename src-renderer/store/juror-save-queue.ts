import type { SaveState } from './vault-slice';

/**
 * Serialised autosave for the juror's edits. Each edit replaces any write
 * still waiting for the same record, so typing a comment costs one write in
 * flight plus one waiting, never a backlog, and the newest value always
 * lands last. The shared save indicator says "saved" only when nothing is
 * left to write.
 */
export function createSaveQueue(onState: (state: SaveState) => void): {
  enqueue: (key: string, job: () => Promise<void>) => void;
  flush: () => Promise<void>;
} {
  const waiting = new Map<string, () => Promise<void>>();
  let running: Promise<void> | null = null;
  let failed = false;

  async function drain(): Promise<void> {
    for (let next = waiting.entries().next(); !next.done; next = waiting.entries().next()) {
      const [key, job] = next.value;
      waiting.delete(key);
      try {
        await job();
      } catch {
        failed = true;
      }
    }
  }

  return {
    enqueue(key, job) {
      waiting.set(key, job);
      onState('saving');
      if (running) return;
      failed = false;
      running = drain().finally(() => {
        running = null;
        onState(failed ? 'error' : 'saved');
      });
    },
    async flush() {
      while (running) await running;
    },
  };
}
