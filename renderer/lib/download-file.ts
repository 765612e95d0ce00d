import type { GeneratedFile } from '../../electron/shared/generated-file';

/**
 * Saves a file produced by main through an `<a download>` on a Blob URL, which behaves the
 * same in Electron (a save dialog) and in a browser (the downloads folder).
 */
export function downloadFile(file: GeneratedFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
