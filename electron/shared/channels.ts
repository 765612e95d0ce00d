import { contract, type Channel } from './contract';

export type { Channel };

/** Whether a name from outside (an IPC or HTTP request) is a channel of the contract. */
export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}

/** Every channel of the contract, for the transports that register one entry per channel. */
export const channels: readonly Channel[] = Object.keys(contract).filter(isChannel);
