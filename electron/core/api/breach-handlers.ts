import type { HandlersOf } from '../../shared/contract/define-channel';
import type { breachChannels } from '../../shared/contract/breaches';
import {
  ACTION_KINDS,
  ART34_EXEMPTIONS,
  AUTHORITY_CHANNELS,
  AUTHORITY_PHASES,
  BREACH_CAUSES,
  BREACH_STATUSES,
  MEMBER_STATES,
  NOTIFICATION_RECIPIENTS,
  PUBLIC_CHANNELS,
  SUBJECT_CATEGORIES,
  SUBJECT_CHANNELS,
} from '../../shared/breaches';
import {
  addBreachAction,
  addBreachNotification,
  createBreach,
  decideBreach,
  getBreachDetail,
  listBreaches,
  previewTriage,
  transitionBreach,
  updateBreach,
  updateBreachFacts,
} from '../breaches/register';
import { REQUIRED_FACTS } from '../breaches/register/breach-facts-state';
import { availabilityLosses, confidentialityLosses, dataCategories, identifiabilityLevels, integrityLosses } from '../breaches/triage';
import { recordClientNotice, recordNis2Report, setBreachRoles } from '../clients/breach-roles';
import type { VaultSession } from '../vault/vault-session';

/**
 * The breach-register part of the API, over the vault session. Every change answers with
 * the breach's full detail as it now stands, so a screen redraws from one reply; the clock
 * in it is read at `now()`. `breaches.triagePreview` touches no vault (live form feedback).
 */
export function breachHandlers(session: VaultSession, now: () => Date): HandlersOf<typeof breachChannels> {
  const detail = (id: string) => getBreachDetail(session.db(), id, now());
  return {
    'reference.breachOptions': async () => ({
      statuses: [...BREACH_STATUSES],
      causes: [...BREACH_CAUSES],
      subjectCategories: [...SUBJECT_CATEGORIES],
      memberStates: [...MEMBER_STATES],
      actionKinds: [...ACTION_KINDS],
      recipients: [...NOTIFICATION_RECIPIENTS],
      authorityPhases: [...AUTHORITY_PHASES],
      authorityChannels: [...AUTHORITY_CHANNELS],
      subjectChannels: [...SUBJECT_CHANNELS],
      publicChannels: [...PUBLIC_CHANNELS],
      art34Exemptions: [...ART34_EXEMPTIONS],
      facts: {
        confidentiality: [...confidentialityLosses],
        integrity: [...integrityLosses],
        availability: [...availabilityLosses],
        identifiability: [...identifiabilityLevels],
        dataCategories: [...dataCategories],
        required: [...REQUIRED_FACTS],
      },
    }),
    'breaches.create': async ({ breach }) => detail((await createBreach(session.db(), breach, session.actor, now())).id),
    'breaches.list': async (query) => listBreaches(session.db(), query, now()),
    'breaches.get': async ({ id }) => detail(id),
    'breaches.update': async ({ id, changes }) => detail(await updateBreach(session.db(), id, changes, session.actor, now())),
    'breaches.updateFacts': async ({ id, facts }) => detail(await updateBreachFacts(session.db(), id, facts, session.actor, now())),
    'breaches.decide': async ({ id, decision }) => detail(await decideBreach(session.db(), id, decision, session.actor, now())),
    'breaches.addAction': async ({ id, action }) => detail(await addBreachAction(session.db(), id, action, session.actor, now())),
    'breaches.addNotification': async ({ id, notification }) =>
      detail(await addBreachNotification(session.db(), id, notification, session.actor, now())),
    'breaches.transition': async ({ id, transition }) => detail(await transitionBreach(session.db(), id, transition, session.actor, now())),
    'breaches.triagePreview': async ({ facts }) => previewTriage(facts),
    'breaches.setRoles': async (input) => setBreachRoles(session.db(), input, session.actor, now()),
    'breaches.clientNotice': async (input) => recordClientNotice(session.db(), input, session.actor, now()),
    'breaches.nis2Report': async (input) => recordNis2Report(session.db(), input, session.actor, now()),
  };
}
