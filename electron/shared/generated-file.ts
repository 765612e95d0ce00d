/** A file a handler made for the renderer's save dialog (or the CLI's output folder). */
export interface GeneratedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/**
 * A file the app wrote itself, straight to where it goes, rather than handing its bytes to
 * the renderer (a report of thousands of pages): in the desktop app to the path the person
 * chose in the save dialog (`savedTo`), in browser mode to a one-time address that the
 * browser downloads (`downloadUrl`).
 */
export type WrittenFile = { fileName: string; mimeType: string; bytes: number } & ({ savedTo: string } | { downloadUrl: string });
