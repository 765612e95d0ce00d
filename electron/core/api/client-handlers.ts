import type { Handlers } from '../../shared/contract';
import { recordClientNotice, recordNis2Report, setBreachRoles } from '../clients/breach-roles';
import { getClient, listClients, saveClient } from '../clients/clients';
import { recordProcessorStep } from '../clients/processor-step';
import type { VaultSession } from '../vault/vault-session';

type ClientChannel = 'clients.list' | 'clients.get' | 'clients.save' | 'requests.processorStep' | 'breaches.setRoles' | 'breaches.clientNotice' | 'breaches.nis2Report';

/** The two roles of the organisation: the clients register, processor-side request steps, a breach's roles and its client and NIS2 notices (all writes audited). */
export function clientHandlers(session: VaultSession, now: () => Date): Pick<Handlers, ClientChannel> {
  return {
    'clients.list': async () => listClients(session.db()),
    'clients.get': async ({ id }) => getClient(session.db(), id),
    'clients.save': async ({ id, client }) => saveClient(session.db(), id, client, session.actor, now()),
    'requests.processorStep': async (input) => recordProcessorStep(session.db(), input, session.actor, now()),
    'breaches.setRoles': async (input) => setBreachRoles(session.db(), input, session.actor, now()),
    'breaches.clientNotice': async (input) => recordClientNotice(session.db(), input, session.actor, now()),
    'breaches.nis2Report': async (input) => recordNis2Report(session.db(), input, session.actor, now()),
  };
}
