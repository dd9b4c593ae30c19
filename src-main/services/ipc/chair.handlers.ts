import type { Handlers } from './dispatcher';
import type { HandlerContext } from './context';
import type { CHAIR_CHANNELS } from '../../../src-shared/ipc/chair-channels';

type ChairChannel = (typeof CHAIR_CHANNELS)[number];

/** IPC handlers of the chair screens. */
export function chairHandlers(_ctx: HandlerContext): Pick<Handlers, ChairChannel> {
  return {};
}
