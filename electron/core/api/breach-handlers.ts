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
  orderSubjects,
  previewTriage,
  transitionBreach,
  updateBreach,
  updateBreachFacts,
} from '../breaches/register';
import { REQUIRED_FACTS } from '../breaches/register/breach-facts-state';
import { availabilityLosses, confidentialityLosses, dataCategories, identifiabilityLevels, integrityLosses } from '../breaches/triage';
import { recordClientNotice, recordNis2Report, setBreachRoles } from '../clients/breach-roles';
import { expectationOf, versionCheckedDb } from '../case-version/version-checked-db';
import type { VaultSession } from '../vault/vault-session';

/**
 * The breach-register part of the API, over the vault session. Every change answers with
 * the breach's full detail as it now stands, so a screen redraws from one reply; the clock
 * in it is read at `now()`. `breaches.triagePreview` touches no vault (live form feedback).
 */
export function breachHandlers(session: VaultSession, now: () => Date): HandlersOf<typeof breachChannels> {
  const detail = (id: string) => getBreachDetail(session.db(), id, now());
  /** The database for a change made on the version the editor read (refused when the breach moved on since). */
  const edit = (input: { id: string; expectedVersion?: number | undefined }) => versionCheckedDb(session.db(), expectationOf('breach', input));
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
    'breaches.update': async (input) => detail(await updateBreach(edit(input), input.id, input.changes, session.actor, now())),
    'breaches.updateFacts': async (input) => detail(await updateBreachFacts(edit(input), input.id, input.facts, session.actor, now())),
    'breaches.decide': async (input) => detail(await decideBreach(edit(input), input.id, input.decision, session.actor, now())),
    'breaches.orderSubjects': async (input) => detail(await orderSubjects(edit(input), input.id, input.order, session.actor, now())),
    'breaches.addAction': async (input) => detail(await addBreachAction(edit(input), input.id, input.action, session.actor, now())),
    'breaches.addNotification': async (input) => detail(await addBreachNotification(edit(input), input.id, input.notification, session.actor, now())),
    'breaches.transition': async (input) => detail(await transitionBreach(edit(input), input.id, input.transition, session.actor, now())),
    'breaches.triagePreview': async ({ facts }) => previewTriage(facts),
    'breaches.setRoles': async (input) => setBreachRoles(session.db(), input, session.actor, now()),
    'breaches.clientNotice': async (input) => recordClientNotice(session.db(), input, session.actor, now()),
    'breaches.nis2Report': async (input) => recordNis2Report(session.db(), input, session.actor, now()),
  };
}
