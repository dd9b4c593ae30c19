import type { ChannelSpec } from './channel-spec';
import type { CHAIR_CHANNELS } from './chair-channels';

/** Request and response schemas of the chair channels. */
export const chairContract = {} as const satisfies Record<
  (typeof CHAIR_CHANNELS)[number],
  ChannelSpec
>;
