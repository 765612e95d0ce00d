import type { clientChannels } from '../../shared/contract/clients';
import type { HandlersOf } from '../../shared/contract/define-channel';
import { getClient, listClients, saveClient } from '../clients/clients';
import type { VaultSession } from '../vault/vault-session';

/** The clients register (controllers the organisation acts for as processor); saves are audited. */
export function clientHandlers(session: VaultSession, now: () => Date): HandlersOf<typeof clientChannels> {
  return {
    'clients.list': async () => listClients(session.db()),
    'clients.get': async ({ id }) => getClient(session.db(), id),
    'clients.save': async ({ id, client }) => saveClient(session.db(), id, client, session.actor, now()),
  };
}
