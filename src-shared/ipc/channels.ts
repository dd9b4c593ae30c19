/**
 * Channel and event names, without schemas, so the preload can be built
 * from them without bundling zod. `contract.ts` checks it covers exactly
 * these names.
 */
export const CHANNELS = ['app:info', 'settings:get', 'settings:set', 'rounds:list'] as const;

export type Channel = (typeof CHANNELS)[number];

/** Push events from main to the renderer. */
export const EVENTS = ['vault:locked'] as const;
export type AppEvent = (typeof EVENTS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/** The name under which the bridge object is exposed on `window`. */
export const BRIDGE_KEY = 'juryrum';

/** The shape of the bridge object the preload (or the test harness) exposes. */
export interface Bridge {
  readonly invoke: (channel: string, request: unknown) => Promise<unknown>;
  readonly on: (event: AppEvent, listener: (payload: unknown) => void) => () => void;
  readonly channels: readonly string[];
}
