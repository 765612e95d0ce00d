import { isTrustedRendererUrl } from './renderer-origin';

/**
 * The one permission the renderer may use: writing plain text to the clipboard (the
 * "copy recovery key" button), and only from the trusted renderer origin. Reading the
 * clipboard stays denied, like camera, microphone, geolocation, notifications, HID, USB,
 * serial, fullscreen and every other web permission.
 */
const grantable = new Set(['clipboard-sanitized-write']);

/**
 * Answers both Electron permission hooks (request and check): true only for a grantable
 * permission asked by a page of the trusted origin; false for everything else.
 */
export function permissionDecision(permission: string, requestingUrl: string, trustedOrigin: string): boolean {
  return grantable.has(permission) && isTrustedRendererUrl(requestingUrl, trustedOrigin);
}
