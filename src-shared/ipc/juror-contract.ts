import type { ChannelSpec } from './channel-spec';
import type { JUROR_CHANNELS } from './juror-channels';

/** Request and response schemas of the juror channels. */
export const jurorContract = {} as const satisfies Record<
  (typeof JUROR_CHANNELS)[number],
  ChannelSpec
>;
