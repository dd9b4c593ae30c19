/** Schedules a callback; returns a handle for {@link ClearTimer}. Injectable for tests. */
export type SetTimer = (callback: () => void, ms: number) => unknown;
/** Cancels a timer made by {@link SetTimer}. */
export type ClearTimer = (handle: unknown) => void;

/**
 * Node timers behind plain numeric handles, so the handle type stays opaque
 * for injected test timers without casts.
 */
function nodeTimers(): { setTimer: SetTimer; clearTimer: ClearTimer } {
  const live = new Map<number, ReturnType<typeof setTimeout>>();
  let nextId = 0;
  return {
    setTimer: (callback, ms) => {
      const id = ++nextId;
      const handle = setTimeout(() => {
        live.delete(id);
        callback();
      }, ms);
      // The idle lock must never keep a Node process (CLI, tests) alive.
      handle.unref();
      live.set(id, handle);
      return id;
    },
    clearTimer: (id) => {
      if (typeof id !== 'number') return;
      clearTimeout(live.get(id));
      live.delete(id);
    },
  };
}

/** One restartable timeout: fires `onIdle` after `ms` without activity (0 = never). */
export class IdleTimer {
  private handle: unknown = null;
  private readonly setTimer: SetTimer;
  private readonly clearTimer: ClearTimer;

  constructor(
    private readonly onIdle: () => void,
    setTimer?: SetTimer,
    clearTimer?: ClearTimer,
  ) {
    // Injected timers only make sense as a pair; otherwise use Node's.
    const timers =
      setTimer !== undefined && clearTimer !== undefined ? { setTimer, clearTimer } : nodeTimers();
    this.setTimer = timers.setTimer;
    this.clearTimer = timers.clearTimer;
  }

  /** (Re)start the countdown; `ms` of 0 just stops it. */
  restart(ms: number): void {
    this.stop();
    if (ms <= 0) return;
    this.handle = this.setTimer(() => {
      this.handle = null;
      this.onIdle();
    }, ms);
  }

  stop(): void {
    if (this.handle === null) return;
    this.clearTimer(this.handle);
    this.handle = null;
  }
}
