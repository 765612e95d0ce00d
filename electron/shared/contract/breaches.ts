import { z } from 'zod';
import {
  addBreachActionSchema,
  addBreachNotificationSchema,
  breachChangesSchema,
  breachFactsDraftSchema,
  breachIdSchema,
  breachQuerySchema,
  decideBreachSchema,
  subjectsOrderSchema,
  newBreachSchema,
  transitionBreachSchema,
  triagePreviewSchema,
  type BreachDetail,
  type BreachOptions,
  type BreachPage,
  type TriagePreview,
} from '../breaches';
import { breachRolesSchema, clientNoticeSchema, nis2ReportSchema, type BreachRoles } from '../clients';
import { expectedVersionSchema } from '../case-version';
import { channel, noInput } from './define-channel';

const byId = <S extends z.ZodRawShape>(shape: S) => z.object({ id: breachIdSchema, ...shape }).strict();
/** A change to one breach, made on the version the editor read (see `expectedVersionSchema`). */
const edit = <S extends z.ZodRawShape>(shape: S) => byId({ ...shape, expectedVersion: expectedVersionSchema });

/** The breach register: record, read, and every step; each change answers the full detail. */
export const breachChannels = {
  'reference.breachOptions': channel(noInput).returns<BreachOptions>(),
  'breaches.create': channel(z.object({ breach: newBreachSchema }).strict()).returns<BreachDetail>(),
  'breaches.list': channel(breachQuerySchema).returns<BreachPage>(),
  'breaches.get': channel(byId({})).returns<BreachDetail>(),
  'breaches.update': channel(edit({ changes: breachChangesSchema })).returns<BreachDetail>(),
  'breaches.updateFacts': channel(edit({ facts: breachFactsDraftSchema })).returns<BreachDetail>(),
  'breaches.decide': channel(edit({ decision: decideBreachSchema })).returns<BreachDetail>(),
  'breaches.orderSubjects': channel(edit({ order: subjectsOrderSchema.nullable() })).returns<BreachDetail>(),
  'breaches.addAction': channel(edit({ action: addBreachActionSchema })).returns<BreachDetail>(),
  'breaches.addNotification': channel(edit({ notification: addBreachNotificationSchema })).returns<BreachDetail>(),
  'breaches.transition': channel(edit({ transition: transitionBreachSchema })).returns<BreachDetail>(),
  'breaches.triagePreview': channel(triagePreviewSchema).returns<TriagePreview>(),
  'breaches.setRoles': channel(breachRolesSchema).returns<BreachRoles>(),
  'breaches.clientNotice': channel(clientNoticeSchema).returns<BreachRoles>(),
  'breaches.nis2Report': channel(nis2ReportSchema).returns<BreachRoles>(),
};
