import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { FileDestination, FileDestinations, FileToWrite } from '../core/files/file-destinations';

/** The part of Electron's save dialog used here (`dialog.showSaveDialog` bound to the window fits). */
export type AskSavePath = (options: { defaultPath: string; filters: { name: string; extensions: string[] }[] }) => Promise<{ canceled: boolean; filePath?: string }>;

/** The part of Electron's open dialog used here to choose a folder (`dialog.showOpenDialog` bound to the window, asked for a directory). */
export type AskFolder = (options: { defaultPath: string }) => Promise<{ canceled: boolean; filePaths: string[] }>;

const savedAt = (file: FileToWrite, path: string): FileDestination => ({ path, delivered: (bytes) => ({ ...file, bytes, savedTo: path }), abandoned: () => undefined });

/**
 * The names a set of files takes in `dir`: their own, or all with the same " (2)", " (3)"…
 * before the extension when any of them is there already, so a set never overwrites an
 * earlier one (the folder dialog, unlike the save dialog, asks nothing about it) nor mixes with it.
 */
function freeNames(dir: string, files: readonly FileToWrite[]): string[] {
  const named = (n: number) => files.map((file) => {
    const name = basename(file.fileName);
    const extension = extname(name);
    return join(dir, n === 1 ? name : `${name.slice(0, name.length - extension.length)} (${n})${extension}`);
  });
  let n = 1;
  while (named(n).some((path) => existsSync(path))) n += 1;
  return named(n);
}

/**
 * The desktop app's answer to where a file the app writes itself goes: the system's save
 * dialog, asked before anything is written, offering the file's name in `folder` (the
 * Documents folder). Cancelled: nothing is written. A name typed without the file's
 * extension gets it, so a report is never saved as a file the system cannot open. A set of
 * files (the CSV registers) asks once for a folder, where each keeps its name.
 */
export function saveDialogDestinations(ask: AskSavePath, folder: string, askFolder: AskFolder): FileDestinations {
  return {
    async choose(file) {
      const extension = extname(file.fileName);
      const answer = await ask({ defaultPath: join(folder, file.fileName), filters: [{ name: extension.slice(1).toUpperCase(), extensions: [extension.slice(1)] }] });
      if (answer.canceled || !answer.filePath) return null;
      const path = extname(answer.filePath).toLowerCase() === extension.toLowerCase() ? answer.filePath : `${answer.filePath}${extension}`;
      return savedAt(file, path);
    },
    async chooseSet(files) {
      const answer = await askFolder({ defaultPath: folder });
      const dir = answer.filePaths[0];
      if (answer.canceled || !dir) return null;
      const paths = freeNames(dir, files);
      return files.map((file, i) => savedAt(file, paths[i] ?? join(dir, basename(file.fileName))));
    },
  };
}
