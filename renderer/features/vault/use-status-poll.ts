import { useEffect } from 'react';
import { useVaultStore } from './vault-store';

const pollMs = 5_000;

/** While the vault is unlocked, asks for its status every 5 s to notice an idle auto-lock done in main. */
export function useStatusPoll(unlocked: boolean): void {
  useEffect(() => {
    if (!unlocked) return;
    const timer = window.setInterval(() => {
      void useVaultStore.getState().refresh();
    }, pollMs);
    return () => window.clearInterval(timer);
  }, [unlocked]);
}
