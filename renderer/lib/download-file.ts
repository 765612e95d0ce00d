import type { GeneratedFile } from '../../electron/shared/generated-file';

/** Clicks a hidden `<a download>` for `href`, the one way a page saves a file in Electron and in a browser alike. */
function clickDownload(href: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Saves a file produced by main through an `<a download>` on a Blob URL, which behaves the
 * same in Electron (a save dialog) and in a browser (the downloads folder).
 */
export function downloadFile(file: GeneratedFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  clickDownload(url, file.fileName);
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Downloads a file the app staged on its own server (browser mode: the audit report as
 * PDF), which the browser streams to disk without the page ever holding its bytes.
 */
export function downloadFromServer(url: string, fileName: string): void {
  clickDownload(url, fileName);
}
