import type { LetterInputs } from '../../../shared/document-contract';
import { hoursAfter, oneMonthAfter } from '../../clocks/breach-case-clocks';
import type { FieldValues } from '../letters/field-catalogue';
import { NIS2_PHASES, type Nis2Phase } from './breach-field-catalogue';
import type { BreachNoticeContext } from './breach-notice-fields';
import { capitalise } from './breach-phrases';
import { formatInstant } from './format-instant';
import { loadFrame } from '../letters/template-files';
import { AppError, fieldIssue } from '../../errors';
import { msg } from '../../i18n';

const isPhase = (value: unknown): value is Nis2Phase => typeof value === 'string' && value in NIS2_PHASES;

/**
 * The report a NIS2 significant incident owes next: the early warning, then the incident
 * notification, then the final report (Art. 23(4)(a), (b), (d)); an intermediate report is
 * only ever asked for by the CSIRT, so it is never suggested.
 */
export function suggestedNis2Phase(ctx: BreachNoticeContext): Nis2Phase {
  const { nis2 } = ctx.detail.roles;
  if (nis2.earlyWarningAt === null) return 'early-warning';
  return nis2.notificationAt === null ? 'notification' : 'final';
}

/** The phase the DPO chose, or the one the case suggests. */
export function nis2PhaseOf(ctx: BreachNoticeContext, given: LetterInputs | undefined): Nis2Phase {
  const chosen = given?.['csirt.phase'];
  const trimmed = typeof chosen === 'string' ? chosen.trim() : undefined;
  return isPhase(trimmed) ? trimmed : suggestedNis2Phase(ctx);
}

/** When this report is due: 24 or 72 hours from awareness, on the CSIRT's request, or a month after the notification. */
function dueText(ctx: BreachNoticeContext, phase: Nis2Phase): string {
  const { detail: d, words: w } = ctx;
  const at = (iso: string) => formatInstant(iso, d.timeZone, w.language);
  if (phase === 'intermediate') return w.phrase('nis2DueOnRequest');
  if (phase === 'final') {
    const sent = d.roles.nis2.notificationAt;
    return sent === null ? w.phrase('nis2DueAfterNotification') : w.phrase('nis2DueMonth', { 'csirt.due': at(oneMonthAfter(sent, d.timeZone ?? 'UTC')) });
  }
  const hours = phase === 'early-warning' ? 24 : 72;
  return w.phrase('nis2DueHours', { 'csirt.hours': String(hours), 'csirt.due': at(hoursAfter(d.awareAt, hours)) });
}

/**
 * The final report is due a month after the incident notification (art. 25, comma 5, lett. d),
 * D.lgs. 138/2024; Art. 23(4)(d) NIS2): until one is recorded as sent by the report's date there
 * is nothing to count from, so a final report is refused (VALIDATION) with what to send first.
 */
function refuseFinalBeforeNotification(ctx: BreachNoticeContext, phase: Nis2Phase): void {
  const sent = ctx.detail.roles.nis2.notificationAt;
  if (phase !== 'final' || (sent !== null && ctx.moment.happened(sent))) return;
  const detail = msg('msg.error.letter.nis2FinalFirst', { reference: ctx.detail.reference });
  throw new AppError('VALIDATION', detail, [fieldIssue('csirt.phase', detail)]);
}

/** The order of the reports (Art. 23(4)): an intermediate report comes after the notification and before the final report. */
const ORDER: Record<Nis2Phase, number> = { 'early-warning': 0, notification: 1, intermediate: 2, final: 3 };

/** The reports sent before this one: of an earlier phase, and sent by the report's own date (never the report itself). */
function previousReports(ctx: BreachNoticeContext, phase: Nis2Phase): string[] | null {
  const { detail: d, words: w } = ctx;
  const { nis2 } = d.roles;
  const sent: [Nis2Phase, string | null][] = [
    ['early-warning', nis2.earlyWarningAt],
    ['notification', nis2.notificationAt],
    ['final', nis2.finalReportAt],
  ];
  const lines = sent
    .filter((s): s is [Nis2Phase, string] => s[1] !== null && ORDER[s[0]] < ORDER[phase] && ctx.moment.happened(s[1]))
    .map(([phase, at]) => capitalise(w.phrase('nis2Previous', { 'csirt.phase': NIS2_PHASES[phase][w.language], 'notice.date': formatInstant(at, d.timeZone, w.language) })));
  // The CSIRT's reference belongs to the first report, on its line: on a bullet of its own it would read as another report.
  const [first, ...rest] = lines;
  if (first === undefined) return null;
  return nis2.reference ? [w.phrase('nis2PreviousReference', { 'notice.line': first, 'notice.reference': nis2.reference }), ...rest] : lines;
}

const typed = (given: LetterInputs | undefined, key: string): string | null => {
  const value = given?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
};

/**
 * Who signs a NIS2 report: the person reporting to the CSIRT (its contact, "referente") as the
 * DPO names them in the report's inputs, in the role given; until then the DPO, signing as
 * the DPO, so the signature always says in which role it is signed.
 */
function signatory(ctx: BreachNoticeContext, given: LetterInputs | undefined): FieldValues {
  const { settings: s, words: w } = ctx;
  const contact = [s['organisation.dpoEmail'], s['organisation.dpoPhone']].filter((c): c is string => c !== null).join('  ·  ');
  return {
    'signatory.name': typed(given, 'notifier.name') ?? s['organisation.dpoName'],
    'signatory.title': typed(given, 'notifier.role') ?? loadFrame().dpoTitle[w.language],
    'signatory.contact': typed(given, 'notifier.contact') ?? (contact === '' ? null : contact),
  };
}

/**
 * The fields of a NIS2 report to the CSIRT (Directive (EU) 2022/2555 Art. 23(4); D.Lgs.
 * 138/2024 art. 25): the recipient from the NIS2 settings, the entity's scope, when this
 * report is due, the reports already sent, and the flag `csirt.assessed` for the reports that
 * carry the initial assessment (every one after the early warning).
 */
export function nis2ReportFields(ctx: BreachNoticeContext, given: LetterInputs | undefined): FieldValues {
  const { settings: s, words: w, detail: d } = ctx;
  const phase = nis2PhaseOf(ctx, given);
  refuseFinalBeforeNotification(ctx, phase);
  const scope = s['nis2.scope'];
  return {
    'recipient.name': s['nis2.authority'],
    'recipient.contact': null,
    'csirt.authority': s['nis2.authority'],
    'csirt.entityType': scope === 'essential' ? w.phrase('nis2Essential') : scope === 'important' ? w.phrase('nis2Important') : null,
    'csirt.type': capitalise(NIS2_PHASES[phase][w.language]),
    'csirt.deadline': dueText(ctx, phase),
    'csirt.previous': previousReports(ctx, phase),
    'csirt.personalData': w.phrase('alsoPersonalData', { 'breach.reference': d.reference }),
    'csirt.assessed': phase !== 'early-warning',
    ...signatory(ctx, given),
  };
}

/**
 * Whether the incident may have a cross-border impact, as far as the register says: the other
 * Member States recorded; "none known" only when the triage facts place every person
 * concerned in the one state the organisation is established in; otherwise unknown (null: the
 * DPO says, or an early report defers it), never a guess from an empty list.
 */
function crossBorder(ctx: BreachNoticeContext, regions: Intl.DisplayNames): string | null {
  const { detail: d, words: w, settings: s } = ctx;
  if (d.crossBorder.length > 0) return w.phrase('crossBorderStates', { 'states.list': w.list(d.crossBorder.map((c) => regions.of(c) ?? c)) });
  const affected = d.facts.draft.affectedCountries ?? [];
  const home = d.facts.draft.establishments?.length ? d.facts.draft.establishments : s['organisation.country'] ? [s['organisation.country']] : [];
  const oneState = affected.length > 0 && home.length === 1 && affected.every((c) => c === home[0]);
  return oneState ? w.phrase('noCrossBorder') : null;
}

/** What a NIS2 report's inputs start from: the register's intent, other Member States, severity, cause and measures. */
export function nis2ReportDefaults(ctx: BreachNoticeContext, fields: FieldValues, defaults: Record<string, string | null>, given: LetterInputs | undefined): Record<string, string | null> {
  const { detail: d, words: w } = ctx;
  const intent = d.facts.draft.maliciousIntent;
  const regions = new Intl.DisplayNames([w.language], { type: 'region' });
  const severity = fields['breach.severity'];
  const cause = fields['breach.cause'];
  const phase = nis2PhaseOf(ctx, given);
  return {
    ...defaults,
    'csirt.phase': phase,
    'csirt.malicious': intent === undefined ? null : w.phrase(intent ? 'suspectedMalicious' : 'notSuspectedMalicious'),
    'csirt.crossBorder': crossBorder(ctx, regions),
    // The final report's detailed description starts from the register's; an initial assessment is the DPO's to write.
    'csirt.assessment': phase === 'final' && typeof fields['breach.description'] === 'string' ? fields['breach.description'] : null,
    'csirt.impact': typeof severity === 'string' ? severity : null,
    'csirt.indicators': null,
    'csirt.request': null,
    'csirt.updates': null,
    'csirt.rootCause': typeof cause === 'string' ? cause : null,
    'csirt.mitigation': defaults['breach.measuresTaken'] ?? null,
  };
}
