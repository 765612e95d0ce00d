import { extname, join } from 'node:path';
import type { FileDestinations } from '../core/files/file-destinations';

/** The part of Electron's save dialog used here (`dialog.showSaveDialog` bound to the window fits). */
export type AskSavePath = (options: { defaultPath: string; filters: { name: string; extensions: string[] }[] }) => Promise<{ canceled: boolean; filePath?: string }>;

/**
 * The desktop app's answer to where a file the app writes itself goes: the system's save
 * dialog, asked before anything is written, offering the file's name in `folder` (the
 * Documents folder). Cancelled: nothing is written. A name typed without the file's
 * extension gets it, so a report is never saved as a file the system cannot open.
 */
export function saveDialogDestinations(ask: AskSavePath, folder: string): FileDestinations {
  return {
    async choose(file) {
      const extension = extname(file.fileName);
      const answer = await ask({ defaultPath: join(folder, file.fileName), filters: [{ name: extension.slice(1).toUpperCase(), extensions: [extension.slice(1)] }] });
      if (answer.canceled || !answer.filePath) return null;
      const path = extname(answer.filePath).toLowerCase() === extension.toLowerCase() ? answer.filePath : `${answer.filePath}${extension}`;
      return { path, delivered: (bytes) => ({ ...file, bytes, savedTo: path }), abandoned: () => undefined };
    },
  };
}
