import type { IpcMain } from 'electron';
import { channels } from '../shared/channels';
import type { Result } from '../shared/result';
import type { Dispatch } from '../core/api/dispatch';
import { forbiddenSenderResult, isTrustedIpcSender, type SenderFrameInfo } from './security/ipc-sender';

/** The part of an IPC invoke event the sender check reads (Electron's `IpcMainInvokeEvent` fits). */
export interface InvokeEvent {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

function senderFrameInfo(event: InvokeEvent): SenderFrameInfo | null {
  try {
    const frame = event.senderFrame;
    return frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
  } catch {
    return null;
  }
}

/**
 * The listener for one channel: refuses a sender that is not the top frame of the trusted
 * renderer origin (FORBIDDEN, no parsing, no handler), otherwise hands the raw input to
 * `dispatch`, which validates it with zod and wraps the outcome in a `Result`.
 */
export function createInvokeListener(
  channel: string,
  dispatch: Dispatch,
  trustedOrigin: string,
): (event: InvokeEvent, input: unknown) => Promise<Result<unknown>> {
  return async (event, input) => {
    if (!isTrustedIpcSender(senderFrameInfo(event), trustedOrigin)) {
      console.warn(`DPO Desk refused an IPC request on "${channel}" from an untrusted sender.`);
      return forbiddenSenderResult;
    }
    return dispatch(channel, input);
  };
}

/**
 * Registers one `ipcMain.handle` per API channel (and nothing else: no generic channel)
 * and returns a function that removes them again.
 */
export function registerIpc(ipc: Pick<IpcMain, 'handle' | 'removeHandler'>, dispatch: Dispatch, trustedOrigin: string): () => void {
  for (const channel of channels) ipc.handle(channel, createInvokeListener(channel, dispatch, trustedOrigin));
  return () => {
    for (const channel of channels) ipc.removeHandler(channel);
  };
}
