import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema';
import { getBreachDetail } from '../../breaches/register/breach-detail';
import { recordBreachEvent } from '../../breaches/register/record-breach-event';
import { todayInZone } from '../../deadlines';
import { breachSecurityMeasures } from '../../ropa/breach-register-facts';
import { readSettings } from '../../settings/settings-service';
import { BREACH_NOTICE_KINDS, type BreachNoticeKind, type DocumentKind } from '../../../shared/document-contract';
import type { LetterCase, LetterSource } from '../letters/letter-source';
import { loadBreachLabels, loadFrame } from '../letters/template-files';
import { breachDateRules } from './breach-date-rules';
import { breachInputDefaults } from './breach-input-defaults';
import { breachNoticeFields } from './breach-notice-fields';
import { breachWords } from './breach-phrases';
import { msg } from '../../i18n';

function noticeKind(kind: DocumentKind): BreachNoticeKind {
  if (!(BREACH_NOTICE_KINDS as readonly string[]).includes(kind)) throw new Error(`${kind} is not a breach notice`);
  return kind as BreachNoticeKind;
}

/**
 * Personal-data breaches as letter cases: the notification to the supervisory authority
 * and the notice to the people affected, filled from the breach register (facts, triage,
 * decision, actions, notifications) and the organisation settings, instants in the
 * organisation's zone, and "notice finalised" recorded on the breach's history.
 */
export const breachNoticeSource: LetterSource = {
  caseType: 'breach',
  kinds: BREACH_NOTICE_KINDS,
  async load(db: Kysely<Database>, caseId: string, now: Date): Promise<LetterCase> {
    const [detail, settings] = await Promise.all([getBreachDetail(db, caseId, now), readSettings(db)]);
    const measures = await breachSecurityMeasures(db, detail.id);
    const labels = loadBreachLabels();
    // The notice's date: today where the organisation is (UTC until its zone is set, as reports do).
    const today = todayInZone(detail.timeZone ?? 'UTC', now);
    const context = (language: 'en' | 'it') => ({ detail, settings, words: breachWords(labels, language), today, now, measures });
    return {
      caseType: 'breach',
      caseId: detail.id,
      reference: detail.reference,
      description: msg('msg.error.letter.case.breach', { reference: detail.reference }),
      // The recipient is made from fields each template requires (the authority's settings) or is fixed.
      frameKeys: ['breach.reference'],
      today,
      dateRules: (kind) => breachDateRules(detail, noticeKind(kind)),
      applies: (template) => template.appliesTo.gdpr !== undefined,
      fields: (language, kind) => breachNoticeFields(context(language), noticeKind(kind)),
      inputDefaults: (language, kind) => breachInputDefaults(context(language), noticeKind(kind), loadFrame()),
      extraReferences: () => [],
      async recordFinalised(trx, facts, actor, at) {
        await recordBreachEvent(trx, { breachId: detail.id, action: 'breach.notice-finalised', actor, at, facts });
      },
      async recordDocumentEvent(trx, action, facts, actor, at) {
        await recordBreachEvent(trx, { breachId: detail.id, action: `breach.${action}`, actor, at, facts });
      },
    };
  },
};
