import { isTrustedRendererUrl } from './renderer-origin';

/**
 * True for the only download the app makes: a Blob URL created by the trusted renderer
 * (`blob:app://dpo-desk/<uuid>`), which the renderer uses for `<a download>` of files that
 * main produced (the recovery sheet PDF). Electron then shows its save dialog. Any other
 * download (http, data:, file:, a blob of another origin) is cancelled.
 */
export function isAllowedDownload(url: string, trustedOrigin: string): boolean {
  const prefix = 'blob:';
  if (!url.startsWith(prefix)) return false;
  return isTrustedRendererUrl(url.slice(prefix.length), trustedOrigin);
}
