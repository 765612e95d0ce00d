import { useEffect } from 'react';
import type { TeamChange } from '../../../electron/shared/contract/team';
import { call } from '../../lib/api';
import { useCaseChanges } from '../../lib/case-changes-store';
import { useBreachListStore } from '../breaches/list/breach-list-store';
import { useInboxStore } from '../requests/inbox/inbox-store';

const pollMs = 2_000;

/**
 * What a colleague's change means on this screen: the list it belongs to refreshes (a resync
 * refreshes both), and the case, when its screen is open, learns its new version and who made
 * it (the screen reloads, or asks first when a form holds typing); after a reconnect the open
 * case is read again the same way. The member's own changes refresh lists only: their screen
 * already shows them.
 */
function apply(changes: TeamChange[], me: string): void {
  const requests = changes.some((change) => change.caseType === 'request' || change.caseType === 'resync');
  const breaches = changes.some((change) => change.caseType === 'breach' || change.caseType === 'resync');
  if (requests) void useInboxStore.getState().refresh();
  if (breaches) void useBreachListStore.getState().refresh();
  // After a reconnect the changes missed are unknown: the open case screen reads its case again too.
  if (changes.some((change) => change.caseType === 'resync')) useCaseChanges.getState().resynced();
  const at = new Date().toISOString();
  for (const change of changes) {
    if ((change.caseType !== 'request' && change.caseType !== 'breach') || change.caseId === null || change.actor === me) continue;
    useCaseChanges.getState().note({ caseType: change.caseType, caseId: change.caseId, currentVersion: change.version, changedBy: change.actor, changedAt: at, refused: false });
  }
}

/**
 * On a team server, while signed in: asks every 2 s for the changes the session's listener
 * heard since the last answer ('team.changes' answers at once from memory, so this costs the
 * server nothing) and applies them. The local vault has a single writer: nothing to ask.
 */
export function useTeamChanges(active: boolean, me: string | null): void {
  useEffect(() => {
    if (!active || me === null) return undefined;
    let cursor: number | null = null;
    let stopped = false;
    const look = async (): Promise<void> => {
      const result = await call('team.changes', { after: cursor });
      if (stopped || !result.ok) return;
      if (cursor !== null && result.value.changes.length > 0) apply(result.value.changes, me);
      cursor = result.value.cursor;
    };
    void look();
    const timer = window.setInterval(() => void look(), pollMs);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [active, me]);
}
