import type { WrittenFile } from '../../shared/generated-file';

/** A file the app is about to write itself: its name as offered to the person, and its type. */
export interface FileToWrite {
  fileName: string;
  mimeType: string;
}

/** Where one file goes: the path the writer writes (complete files only: under a temporary name, then renamed), and what the renderer is told. */
export interface FileDestination {
  path: string;
  /** The file is complete at `path`: how the renderer reaches it. */
  delivered(bytes: number): WrittenFile;
  /** The file was not written after all (an error, a cancel): forget it. */
  abandoned(): void;
}

/**
 * Where the files the app writes itself go, decided by the transport: the desktop app asks
 * the person with the system's save dialog (in the main process), browser mode stages the
 * file for one download (each file of a set its own). Null: the person cancelled, nothing is to be written.
 */
export interface FileDestinations {
  choose(file: FileToWrite): Promise<FileDestination | null>;
  /**
   * Where several files written together go (the audit report's CSV registers), asked once
   * for all of them: one destination per file, in their order. Null: the person cancelled.
   */
  chooseSet(files: readonly FileToWrite[]): Promise<FileDestination[] | null>;
}
