/**
 * File dialogs, opened by main only: the renderer never chooses a path on
 * disk. The Electron shell implements this with `dialog`; the test harness
 * answers with paths the test provides.
 */
export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface OpenDialogOptions {
  readonly title: string;
  readonly filters: readonly FileFilter[];
  readonly multiple?: boolean;
  readonly directory?: boolean;
}

export interface SaveDialogOptions {
  readonly title: string;
  readonly defaultName: string;
  readonly filters: readonly FileFilter[];
}

export interface Dialogs {
  /** Paths chosen, or null when the user cancelled. */
  showOpen(options: OpenDialogOptions): Promise<readonly string[] | null>;
  /** Path chosen, or null when the user cancelled. */
  showSave(options: SaveDialogOptions): Promise<string | null>;
}

/** Dialogs for a core that must never ask (CLI, tests that expect no dialog). */
export const noDialogs: Dialogs = {
  showOpen: () => Promise.resolve(null),
  showSave: () => Promise.resolve(null),
};
