import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Dispatch, SenderInfo } from '../services/ipc/dispatcher';
import { registeredChannels } from '../services/ipc/dispatcher';

/** What the dispatcher needs to know about the frame that sent a message. */
export function senderOf(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  if (!frame) return { url: '', isMainFrame: false };
  return { url: frame.url, isMainFrame: frame.parent === null };
}

/**
 * Register one handler per contract channel. All of them go through the
 * dispatcher, which checks the sender, validates the request and wraps the
 * result; nothing else is ever registered on ipcMain.
 */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch): void {
  for (const channel of registeredChannels) {
    ipcMain.handle(channel, (event, request: unknown) =>
      dispatch(channel, request, senderOf(event)),
    );
  }
}
