import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventChannels, type CaseTarget, type DpoApi, type DpoEvents } from '../shared/api';
import { channels, type Channel } from '../shared/channels';
import type { Input, Output } from '../shared/contract';
import type { Result } from '../shared/result';

/**
 * The preload: builds `window.dpo` from the channel list, one function per channel that
 * forwards its input to main with `ipcRenderer.invoke`. No logic and no generic `invoke`:
 * the page can reach exactly the channels of the contract. Main validates every input and
 * checks the sender; the answer is always a `Result`. `window.dpoEvents` offers the two
 * pushes from main, each a fixed channel; the page never sees the IPC event object.
 */
function invoker<C extends Channel>(channel: C): (input: Input<C>) => Promise<Result<Output<C>>> {
  return (input) => ipcRenderer.invoke(channel, input) as Promise<Result<Output<C>>>;
}

/** The bridge's type, derived from `invoker` and checked against the contract by `satisfies`. */
type Bridge = { readonly [C in Channel]: ReturnType<typeof invoker<C>> };

const api = Object.freeze(Object.fromEntries(channels.map((channel) => [channel, invoker(channel)]))) as Bridge satisfies DpoApi;

function subscribe<T extends unknown[]>(channel: string, listener: (...args: T) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, ...args: unknown[]): void => listener(...(args as T));
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

const events: DpoEvents = Object.freeze({
  onVaultLocked: (listener: () => void) => subscribe(eventChannels.vaultLocked, () => listener()),
  onOpenCase: (listener: (target: CaseTarget) => void) => subscribe<[CaseTarget]>(eventChannels.openCase, (target) => listener(target)),
});

contextBridge.exposeInMainWorld('dpo', api);
contextBridge.exposeInMainWorld('dpoEvents', events);
