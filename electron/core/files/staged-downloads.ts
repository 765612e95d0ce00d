import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileDestination, FileDestinations, FileToWrite } from './file-destinations';

/** A staged file not downloaded within this time is deleted. */
const KEPT_MS = 10 * 60_000;

/** A staged file handed to the transport that serves it: where it is, and under which name and type. */
export interface StagedFile extends FileToWrite {
  path: string;
}

/** Staged downloads: the destinations browser mode gives the handlers, and the files its server hands out. */
export interface StagedDownloads extends FileDestinations {
  /** Takes the complete file staged under `id` (once: a second take finds nothing); the caller deletes it with `release` after sending it. */
  take(id: string): StagedFile | null;
  /** Deletes a file once it has been sent. */
  release(file: StagedFile): void;
  /** Deletes every staged file and the folder (the server closes). */
  dispose(): void;
}

/**
 * Files the app writes for browser mode's downloads (the audit report, each of its files): written to a
 * private temp folder (owner-only, made on first use), each served once at
 * `{prefix}{id}` and then deleted, or deleted unclaimed after ten minutes or when the server
 * closes, so the browser streams the file from disk and its bytes are never held whole in
 * memory, let alone twice.
 */
export function stagedDownloads(prefix: string): StagedDownloads {
  let folder: string | null = null;
  const ready = new Map<string, StagedFile & { timer: NodeJS.Timeout }>();
  const remove = (path: string) => rmSync(path, { force: true });
  const place = (): string => {
    folder ??= mkdtempSync(join(tmpdir(), 'dpo-desk-download-'));
    return folder;
  };
  const stage = (file: FileToWrite): FileDestination => {
    const id = randomUUID();
    const path = join(place(), id);
    const destination: FileDestination = {
      path,
      delivered(bytes) {
        const timer = setTimeout(() => {
          ready.delete(id);
          remove(path);
        }, KEPT_MS);
        timer.unref();
        ready.set(id, { ...file, path, timer });
        return { ...file, bytes, downloadUrl: `${prefix}${id}` };
      },
      abandoned: () => remove(path),
    };
    return destination;
  };
  return {
    choose: (file) => Promise.resolve(stage(file)),
    chooseSet: (files) => Promise.resolve(files.map(stage)),
    take(id) {
      const staged = ready.get(id);
      if (!staged) return null;
      ready.delete(id);
      clearTimeout(staged.timer);
      return { fileName: staged.fileName, mimeType: staged.mimeType, path: staged.path };
    },
    release: (file) => remove(file.path),
    dispose() {
      for (const staged of ready.values()) clearTimeout(staged.timer);
      ready.clear();
      if (folder) rmSync(folder, { recursive: true, force: true });
      folder = null;
    },
  };
}
