import { afterEach, beforeEach } from 'vitest';
import type { NewRequest } from '../../electron/shared/requests';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';
import { ITALIAN_ORGANISATION } from '../support/italian-organisation';

/** A GDPR access request received by e-mail on 31 March 2026, the request suites' usual case. */
export const accessRequest: NewRequest = {
  regime: 'gdpr',
  types: ['access'],
  receivedAt: '2026-03-31T10:00:00+02:00',
  channel: 'email',
  subjectName: 'Giulia Bianchi',
  subjectEmail: 'giulia.bianchi@example.it',
};

/** What a suite reads in its tests: the vault's folder, the app over it, and the clock it runs at (settable). */
export interface RequestVault {
  tmp: ReturnType<typeof tempDir>;
  app: ReturnType<typeof appOver>;
  clock: number;
}

/**
 * Registers the hooks of a request suite: before each test a new vault of an Italian
 * organisation (Europe/Rome; 30 days to respond, 60 when complex, 2 to acknowledge) with
 * its clock at `start`; after each, the app disposed and the folder removed.
 */
export function useItalianRequestVault(start: Date): RequestVault {
  const vault = {} as RequestVault;
  beforeEach(async () => {
    vault.tmp = tempDir();
    vault.clock = start.getTime();
    vault.app = appOver(vault.tmp.dir, () => new Date(vault.clock));
    await vault.app.session.create(PASSPHRASE);
    await vault.app.handlers['settings.update']({
      changes: ITALIAN_ORGANISATION,
    });
  });
  afterEach(async () => {
    await vault.app.dispose();
    vault.tmp.cleanup();
  });
  return vault;
}
