/**
 * Runs in the page before any app script, in place of the Electron preload.
 * It builds the same frozen `window.juryrum` object (invoke, on, channels)
 * over Playwright bindings. It is serialised by Playwright, so it must be
 * self-contained: no imports, no closures over module scope.
 */
export function installBridgeInPage(args: {
  bridgeKey: string;
  channels: string[];
  events: string[];
}): void {
  type Listener = (payload: unknown) => void;
  const w = globalThis as unknown as Record<string, unknown>;
  const listeners = new Map<string, Set<Listener>>();
  const channels = Object.freeze([...args.channels]);

  Object.defineProperty(globalThis, '__juryrumDeliver', {
    value: (event: string, payload: unknown) => {
      for (const l of listeners.get(event) ?? []) l(payload);
    },
    enumerable: false,
  });

  const bridge = Object.freeze({
    channels,
    invoke(channel: string, request: unknown): Promise<unknown> {
      if (!channels.includes(channel)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'UNKNOWN_CHANNEL', message: 'Unknown channel.' },
        });
      }
      // Looked up per call: Playwright installs bindings in its own init script.
      const invokeBinding = w['__juryrumInvoke'] as (c: string, r: unknown) => Promise<unknown>;
      return invokeBinding(channel, request);
    },
    on(event: string, listener: Listener): () => void {
      if (!args.events.includes(event)) return () => undefined;
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
      return () => {
        set.delete(listener);
      };
    },
  });
  Object.defineProperty(globalThis, args.bridgeKey, { value: bridge, enumerable: true });
}
