import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventChannels, type CaseTarget, type DpoApi, type DpoEvents } from '../shared/api';
import { channelsFromArgv } from '../shared/bridge-channels';

/**
 * The preload: builds `window.dpo` from the channel names main passed in the window's
 * arguments (the contract itself, with zod, stays out of the sandbox), one function per channel that
 * forwards its input to main with `ipcRenderer.invoke`. No logic and no generic `invoke`:
 * the page can reach exactly the channels of the contract. Main validates every input and
 * checks the sender; the answer is always a `Result`. `window.dpoEvents` offers the two
 * pushes from main, each a fixed channel; the page never sees the IPC event object.
 */
const api = Object.freeze(
  Object.fromEntries(channelsFromArgv(process.argv).map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)])),
) as DpoApi;

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
