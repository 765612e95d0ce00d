import type { Result } from '../../shared/result';
import { isTrustedRendererUrl } from './renderer-origin';

/** The part of an IPC event's sender frame the origin check needs. */
export interface SenderFrameInfo {
  url: string;
  /** True for the window's top-level frame; subframes never get the API. */
  isMainFrame: boolean;
}

/**
 * True when an IPC request comes from the top frame of a page of the trusted renderer
 * origin. A missing frame (navigated away or destroyed mid-call) is not trusted.
 */
export function isTrustedIpcSender(frame: SenderFrameInfo | null, trustedOrigin: string): boolean {
  return frame !== null && frame.isMainFrame && isTrustedRendererUrl(frame.url, trustedOrigin);
}

/** The answer to a request from an untrusted sender; no handler runs, nothing is parsed. */
export const forbiddenSenderResult: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This request did not come from the DPO Desk window and was refused.' },
};
