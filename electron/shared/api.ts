import type { Channel } from './channels';
import type { Input, Output } from './contract';
import type { Result } from './result';

/** `window.dpo`: one function per channel, returning a `Result`. Built by the preload. */
export type DpoApi = { [C in Channel]: (input: Input<C>) => Promise<Result<Output<C>>> };

/** A case the main process asks the window to open (a clicked reminder). */
export interface CaseTarget {
  caseType: 'request' | 'breach' | 'retention';
  caseId: string;
}

/** The push channels from main to the window; each `on…` returns its unsubscribe function. */
export const eventChannels = { vaultLocked: 'event:vault-locked', openCase: 'event:open-case' } as const;

/**
 * `window.dpoEvents`: what the main process pushes to the window, built by the Electron
 * preload (the browser mode has none). The vault was locked by main (menu, screen lock,
 * suspend), or a reminder was clicked and its case should open.
 */
export interface DpoEvents {
  onVaultLocked(listener: () => void): () => void;
  onOpenCase(listener: (target: CaseTarget) => void): () => void;
}
