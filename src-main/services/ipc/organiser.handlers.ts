import type { Handlers } from './dispatcher';
import type { HandlerContext } from './context';
import type { ORGANISER_CHANNELS } from '../../../src-shared/ipc/organiser-channels';

type OrganiserChannel = (typeof ORGANISER_CHANNELS)[number];

/** IPC handlers of the organiser screens. */
export function organiserHandlers(_ctx: HandlerContext): Pick<Handlers, OrganiserChannel> {
  return {};
}
