import { ORGANISER_CHANNELS } from './organiser-channels';
import { JUROR_CHANNELS } from './juror-channels';
import { CHAIR_CHANNELS } from './chair-channels';
import { REPORT_CHANNELS } from './report-channels';

/**
 * Channel and event names, without schemas, so the preload can be built
 * from them without bundling zod. `contract.ts` checks it covers exactly
 * these names.
 */
export const CORE_CHANNELS = [
  'app:info',
  'settings:get',
  'settings:set',
  'rounds:list',
  'rounds:demo',
] as const;

export const VAULT_CHANNELS = [
  'vault:status',
  'vault:create',
  'vault:unlock',
  'vault:lock',
  'vault:changePassphrase',
  'vault:touch',
  'vault:setIdleLock',
  'records:seal',
  'records:open',
  'backup:export',
  'backup:auto',
  'backup:restore',
  'backup:finishRestore',
  'identity:exportCard',
  'identity:exportKeys',
  'identity:importKeys',
] as const;

/** Every channel of the app, in one list the preload is built from. */
export const CHANNELS = [
  ...CORE_CHANNELS,
  ...VAULT_CHANNELS,
  ...ORGANISER_CHANNELS,
  ...JUROR_CHANNELS,
  ...CHAIR_CHANNELS,
  ...REPORT_CHANNELS,
] as const;

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
