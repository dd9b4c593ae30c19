import type { Dialogs } from '../dialogs';
import type { VaultService } from '../vault/vault-service';
import type { AppEvent } from '../../../src-shared/ipc/channels';

/** What every feature's IPC handlers may use. */
export interface HandlerContext {
  /** Main's data folder (vault header, identity, settings, auto backups). */
  readonly dataDir: string;
  /** File dialogs, opened by main only. */
  readonly dialogs: Dialogs;
  /** The vault: keys, sealing, identity. Keys never leave it. */
  readonly vault: VaultService;
  readonly appVersion: string;
  /** Push an event to the renderer. */
  readonly emit: (event: AppEvent, payload: unknown) => void;
}
