import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../services/dialogs';

/** Native file dialogs, always opened by main for the app window. */
export function electronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  return {
    async showOpen(options) {
      const properties: ('openFile' | 'openDirectory' | 'multiSelections')[] = [
        options.directory ? 'openDirectory' : 'openFile',
      ];
      if (options.multiple) properties.push('multiSelections');
      const win = getWindow();
      const opts = {
        title: options.title,
        filters: options.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
        properties,
      };
      const result = win
        ? await dialog.showOpenDialog(win, opts)
        : await dialog.showOpenDialog(opts);
      return result.canceled ? null : result.filePaths;
    },
    async showSave(options) {
      const win = getWindow();
      const opts = {
        title: options.title,
        defaultPath: options.defaultName,
        filters: options.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      };
      const result = win
        ? await dialog.showSaveDialog(win, opts)
        : await dialog.showSaveDialog(opts);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
