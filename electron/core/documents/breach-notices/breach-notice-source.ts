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
import { breachNoticeCautions } from './breach-notice-cautions';
import { breachInputDefaults } from './breach-input-defaults';
import { breachNoticeFields } from './breach-notice-fields';
import { breachWords } from './breach-phrases';
import { msg } from '../../i18n';
import { getClient } from '../../clients/clients';
import type { LetterInputs } from '../../../shared/document-contract';
import type { LetterTemplate } from '../letters/template-schema';
import type { FieldValues } from '../letters/field-catalogue';
import { chosenClient, clientNoticeDefaults, clientNoticeFields, clientToFollow, type AffectedClient } from './client-notice-fields';
import { csirtRequestDate, nis2PhaseOf, nis2ReportDefaults, nis2ReportFields } from './nis2-report-fields';
import { authorityPhaseOf, noticeMoment } from './notice-moment';
import { refuseSecondPreliminary } from './preliminary-once';
import { policeReportDefault, subjectsUndecided } from './authority-own-acts';
import { nis2InScope } from '../../clocks/breach-clocks-of';
import { undecidedNoticeHold } from './subject-notice-duty';
import type { BreachNoticeContext } from './breach-notice-fields';

function noticeKind(kind: DocumentKind): BreachNoticeKind {
  if (!(BREACH_NOTICE_KINDS as readonly string[]).includes(kind)) throw new Error(`${kind} is not a breach notice`);
  return kind as BreachNoticeKind;
}

/**
 * Personal-data breaches as letter cases: the notification to the supervisory authority,
 * the notice to the people affected, the notice to each client whose data it touches
 * (chosen by `notice.client`) and the NIS2 reports to the CSIRT, filled from the breach register (facts, triage,
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
    const clients: AffectedClient[] = await Promise.all(detail.roles.clients.map(async (notice) => ({ notice, client: await getClient(db, notice.clientId) })));
    const context = (language: 'en' | 'it', kind: DocumentKind, given: LetterInputs | undefined, date: string | undefined): BreachNoticeContext => ({
      detail,
      settings,
      words: breachWords(labels, language),
      today,
      date: date ?? today,
      now,
      measures,
      moment: noticeMoment(detail, noticeKind(kind), given, date ?? today, now),
    });
    const fields = (language: 'en' | 'it', kind: DocumentKind, given?: LetterInputs, date?: string): FieldValues => {
      const ctx = context(language, kind, given, date);
      if (kind === 'authority-notification') refuseSecondPreliminary(detail, given, ctx.moment);
      const common = breachNoticeFields(ctx, noticeKind(kind));
      if (kind === 'client-notice') {
        const chosen = chosenClient(clients, given);
        if (!chosen) return { ...common, 'recipient.name': null, 'recipient.contact': null, 'client.name': null };
        const client = { ...common, ...clientNoticeFields(ctx, chosen) };
        const defaults = clientNoticeDefaults(ctx, chosen, breachInputDefaults(ctx, 'client-notice', loadFrame()));
        return { ...client, 'notice.toFollowAll': clientToFollow(ctx, client, defaults, given) };
      }
      if (kind === 'nis2-report') return { ...common, ...nis2ReportFields(ctx, given) };
      if (kind === 'authority-notification') return { ...common, ...subjectsUndecided(authorityPhaseOf(detail, given), common, ctx.words) };
      return common;
    };
    // On a breach of clients' data only we are processor: the controllers notify their authority and tell their people (Arts 33(1), 34).
    const whyNot = (kind: DocumentKind) => {
      if (detail.roles.controllerSide || (kind !== 'authority-notification' && kind !== 'subject-notice')) return null;
      const names = detail.roles.clients.map((c) => c.clientName).join(', ');
      return msg('msg.error.letter.processorOnlyBreach', { kind, reference: detail.reference, clients: names || '—' });
    };
    // A client notice only where the breach touches a client's data; NIS2 reports only for a significant incident of an organisation within NIS2.
    const applies = (template: LetterTemplate) => {
      if (template.appliesTo.gdpr === undefined || whyNot(template.kind) !== null) return false;
      if (template.kind === 'client-notice') return clients.length > 0;
      if (template.kind === 'nis2-report') return detail.roles.nis2Significant && nis2InScope(settings);
      return true;
    };
    return {
      caseType: 'breach',
      caseId: detail.id,
      reference: detail.reference,
      description: msg('msg.error.letter.case.breach', { reference: detail.reference }),
      // The recipient is made from fields each template requires (the authority's settings) or is fixed.
      frameKeys: ['breach.reference'],
      today,
      dateRules: (kind, given) =>
        breachDateRules(
          detail,
          noticeKind(kind),
          kind === 'nis2-report' ? nis2PhaseOf(context('en', kind, given, undefined), given) : null,
          kind === 'authority-notification' ? authorityPhaseOf(detail, given) : null,
          kind === 'nis2-report' ? csirtRequestDate(given) : null,
        ),
      cautions: (kind, date, given) => breachNoticeCautions(detail, labels, noticeKind(kind), date, given),
      // No decision on telling the people: the notice to them is drafted, never finalised, until one is recorded (review 7, G6).
      notYet: (kind, date) => (kind === 'subject-notice' ? undecidedNoticeHold(detail, date) : null),
      holdCode: 'subjects-undecided',
      whyNot,
      applies,
      fields,
      inputDefaults: (language, kind, given, date) => {
        const ctx = context(language, kind, given, date);
        const defaults = breachInputDefaults(ctx, noticeKind(kind), loadFrame());
        const chosen = kind === 'client-notice' ? chosenClient(clients, given) : null;
        if (chosen) return clientNoticeDefaults(ctx, chosen, defaults);
        if (kind === 'nis2-report') return nis2ReportDefaults(ctx, fields(language, kind, given, date), defaults, given);
        if (kind === 'authority-notification') return { ...defaults, 'breach.policeReport': policeReportDefault(authorityPhaseOf(detail, given), ctx.words) };
        return defaults;
      },
      // What the sending of the finalised notice records on the breach: the client it is for, the NIS2 report it is.
      documentFacts: (kind, given): Record<string, string> => {
        if (kind === 'nis2-report') return { nis2Stage: nis2PhaseOf(context('en', kind, given, undefined), given) };
        if (kind === 'authority-notification') return { authorityPhase: authorityPhaseOf(detail, given) };
        const chosen = kind === 'client-notice' ? chosenClient(clients, given) : null;
        return chosen ? { clientId: chosen.client.id } : {};
      },
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
