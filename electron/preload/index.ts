import { contextBridge, ipcRenderer } from 'electron';
import type { DpoApi } from '../shared/api';
import { channels, type Channel } from '../shared/channels';
import type { Input, Output } from '../shared/contract';
import type { Result } from '../shared/result';

/**
 * The preload: builds `window.dpo` from the channel list, one function per channel that
 * forwards its input to main with `ipcRenderer.invoke`. No logic and no generic `invoke`:
 * the page can reach exactly the channels of the contract. Main validates every input and
 * checks the sender; the answer is always a `Result`.
 */
function invoker<C extends Channel>(channel: C): (input: Input<C>) => Promise<Result<Output<C>>> {
  return (input) => ipcRenderer.invoke(channel, input) as Promise<Result<Output<C>>>;
}

/** The bridge's type, derived from `invoker` and checked against the contract by `satisfies`. */
type Bridge = { readonly [C in Channel]: ReturnType<typeof invoker<C>> };

const api = Object.freeze(Object.fromEntries(channels.map((channel) => [channel, invoker(channel)]))) as Bridge satisfies DpoApi;

contextBridge.exposeInMainWorld('dpo', api);
