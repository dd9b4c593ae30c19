import type { ChannelSpec } from './channel-spec';
import type { ORGANISER_CHANNELS } from './organiser-channels';

/** Request and response schemas of the organiser channels. */
export const organiserContract = {} as const satisfies Record<
  (typeof ORGANISER_CHANNELS)[number],
  ChannelSpec
>;
