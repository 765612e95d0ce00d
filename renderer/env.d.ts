import type { DpoApi, DpoEvents } from '../electron/shared/api';

declare global {
  interface Window {
    /** The typed API bridge, installed by the Electron preload or the loopback bridge script. */
    readonly dpo: DpoApi;
    /** What the Electron main process pushes (a lock, a clicked reminder); absent in the browser mode. */
    readonly dpoEvents?: DpoEvents;
  }
}

export {};
