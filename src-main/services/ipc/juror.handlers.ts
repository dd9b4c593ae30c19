import type { Handlers } from './dispatcher';
import type { HandlerContext } from './context';
import type { JUROR_CHANNELS } from '../../../src-shared/ipc/juror-channels';

type JurorChannel = (typeof JUROR_CHANNELS)[number];

/** IPC handlers of the juror screens. */
export function jurorHandlers(_ctx: HandlerContext): Pick<Handlers, JurorChannel> {
  return {};
}
