/** A file a handler made for the renderer's save dialog (or the CLI's output folder). */
export interface GeneratedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}
