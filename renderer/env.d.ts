import type { DpoApi } from '../electron/shared/api';

declare global {
  interface Window {
    /** The typed API bridge, installed by the Electron preload or the loopback bridge script. */
    readonly dpo: DpoApi;
  }
}

export {};
