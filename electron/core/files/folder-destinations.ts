import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { FileDestination, FileDestinations, FileToWrite } from './file-destinations';

/**
 * Files the app writes itself go into one folder under the name they are offered with (the
 * command line's working folder, a test's temp folder): no question asked, the writer's
 * temporary name and rename keep a half-written file from ever taking that name.
 */
export function folderDestinations(dir: string): FileDestinations {
  const place = (file: FileToWrite): FileDestination => {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, basename(file.fileName));
    return { path, delivered: (bytes) => ({ ...file, bytes, savedTo: path }), abandoned: () => undefined };
  };
  return {
    choose: (file) => Promise.resolve(place(file)),
    chooseSet: (files) => Promise.resolve(files.map(place)),
  };
}
