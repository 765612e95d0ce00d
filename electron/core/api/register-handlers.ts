import type { Handlers } from '../../shared/contract';
import { organisationToday } from '../calendar/organisation-today';
import { saveActivity } from '../ropa/activities';
import { applyRetentionSchedule } from '../ropa/apply-retention-schedule';
import { breachRegisterFacts } from '../ropa/breach-register-facts';
import { caseLinks, setCaseLinks } from '../ropa/case-links';
import { screenActivity } from '../ropa/dpia-screening';
import { exportRegister } from '../ropa/export-register';
import { importRegisterCsv } from '../ropa/import-csv';
import { linkedCases } from '../ropa/linked-cases';
import { loadRegisters } from '../ropa/load-registers';
import { markEntryReviewed } from '../ropa/mark-reviewed';
import { saveMeasure } from '../ropa/measures';
import { saveProcessor } from '../ropa/processors';
import { registerFindings } from '../ropa/register-findings';
import { saveTransfer } from '../ropa/transfers';
import type { VaultSession } from '../vault/vault-session';

type RegisterChannel =
  | 'registers.get'
  | 'registers.saveActivity'
  | 'registers.saveProcessor'
  | 'registers.saveTransfer'
  | 'registers.saveMeasure'
  | 'registers.screenDpia'
  | 'registers.markReviewed'
  | 'registers.import'
  | 'registers.export'
  | 'registers.caseLinks'
  | 'registers.setCaseLinks'
  | 'registers.breachFacts'
  | 'registers.linkedCases'
  | 'registers.applyRetention';

/** The registers part of the API: read, write (audited), import, export, and the links from cases. */
export function registerHandlers(session: VaultSession, now: () => Date): Pick<Handlers, RegisterChannel> {
  const today = async () => (await organisationToday(session.db(), now())).today;
  const withFindings = async () => {
    const registers = await loadRegisters(session.db());
    return { ...registers, findings: registerFindings(registers, await today()) };
  };
  return {
    'registers.get': withFindings,
    'registers.saveActivity': async ({ id, activity }) => saveActivity(session.db(), id, activity, await today(), session.actor, now()),
    'registers.saveProcessor': async ({ id, processor }) => saveProcessor(session.db(), id, processor, await today(), session.actor, now()),
    'registers.saveTransfer': async ({ id, transfer }) => saveTransfer(session.db(), id, transfer, await today(), session.actor, now()),
    'registers.saveMeasure': async ({ id, measure }) => saveMeasure(session.db(), id, measure, session.actor, now()),
    'registers.screenDpia': async ({ id, screening }) => screenActivity(session.db(), id, screening, session.actor, now()),
    'registers.markReviewed': async ({ kind, id, on }) => markEntryReviewed(session.db(), kind, id, on ?? (await today()), session.actor, now()),
    'registers.import': async ({ csv }) => importRegisterCsv(session.db(), csv, await today(), session.actor, now()),
    'registers.export': async ({ format, language }) => exportRegister(session.db(), format, language, now()),
    'registers.caseLinks': async ({ caseType, caseId }) => caseLinks(session.db(), caseType, caseId),
    'registers.setCaseLinks': async ({ caseType, caseId, activityIds, processorIds }) =>
      setCaseLinks(session.db(), caseType, caseId, { activityIds, processorIds }, session.actor, now()),
    'registers.breachFacts': async ({ breachId }) => breachRegisterFacts(session.db(), breachId),
    'registers.linkedCases': async ({ kind, id }) => linkedCases(session.db(), kind, id),
    'registers.applyRetention': async ({ language }) => applyRetentionSchedule(session.db(), language, await today(), session.actor, now()),
  };
}
