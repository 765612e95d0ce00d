import type { Nis2Stage } from '../../../shared/clients';
import type { LetterInputs } from '../../../shared/document-contract';
import { hoursAfter, oneMonthAfter } from '../../clocks/breach-case-clocks';
import type { FieldValues } from '../letters/field-catalogue';
import { NIS2_PHASES, type Nis2Phase } from './breach-field-catalogue';
import type { BreachNoticeContext } from './breach-notice-fields';
import { capitalise } from './breach-phrases';
import { formatInstant } from './format-instant';
import { civilDateInZone } from '../../deadlines';
import { formatCivilDate, isCivilDate } from '../letters/format-date';
import { elideItalianArticles } from '../letters/italian-elision';
import { refuseUnfitNis2Report } from './nis2-report-refusals';

const isPhase = (value: unknown): value is Nis2Phase => typeof value === 'string' && value in NIS2_PHASES;

/**
 * The report a NIS2 significant incident owes next (D.Lgs. 138/2024 art. 25, comma 5; Art.
 * 23(4) NIS2): the early warning, then the incident notification, then the final report at the
 * month. The progress report of lett. e) is never suggested: an end missing from the register
 * does not show that the incident goes on, so the DPO chooses it (a final report while no end
 * is recorded is refused, saying so). An intermediate report is only ever asked for by the CSIRT.
 */
export function suggestedNis2Phase(ctx: BreachNoticeContext): Nis2Phase {
  const { nis2 } = ctx.detail.roles;
  if (nis2.earlyWarningAt === null) return 'early-warning';
  if (nis2.notificationAt === null) return 'notification';
  return 'final';
}

/** The date of the CSIRT's request an intermediate report answers, as the DPO gave it (a calendar day), else null. */
export function csirtRequestDate(given: LetterInputs | undefined): string | null {
  const value = given?.['csirt.requestDate'];
  const day = typeof value === 'string' ? value.trim() : '';
  return isCivilDate(day) ? day : null;
}

/** The phase the DPO chose, or the one the case suggests. */
export function nis2PhaseOf(ctx: BreachNoticeContext, given: LetterInputs | undefined): Nis2Phase {
  const chosen = given?.['csirt.phase'];
  const trimmed = typeof chosen === 'string' ? chosen.trim() : undefined;
  return isPhase(trimmed) ? trimmed : suggestedNis2Phase(ctx);
}

/** The hours from awareness within which the early warning and the incident notification are due (lett. a), b)). */
const HOURS: Partial<Record<Nis2Phase, number>> = { 'early-warning': 24, notification: 72 };

/**
 * When this report is due: 24 or 72 hours from awareness, on the CSIRT's request (of the day
 * the DPO gives), or a month
 * after the notification (the final report, or the progress report while the incident goes
 * on); a final report for an incident that ended after that month is due within a month of
 * the end of its handling (lett. e)).
 */
function dueText(ctx: BreachNoticeContext, phase: Nis2Phase, requestDate: string | null): string {
  const { detail: d, words: w } = ctx;
  const at = (iso: string) => formatInstant(iso, d.timeZone, w.language);
  const hours = HOURS[phase];
  if (hours !== undefined) return w.phrase('nis2DueHours', { 'csirt.hours': String(hours), 'csirt.due': at(hoursAfter(d.awareAt, hours)) });
  if (phase === 'intermediate') {
    if (requestDate === null) return w.phrase('nis2DueOnRequest');
    const text = w.phrase('nis2DueOnRequestOf', { 'request.date': formatCivilDate(requestDate, w.language) });
    return w.language === 'it' ? elideItalianArticles(text) : text;
  }
  const sent = d.roles.nis2.notificationAt;
  if (sent === null) return w.phrase('nis2DueAfterNotification');
  const month = oneMonthAfter(sent, d.timeZone ?? 'UTC');
  const ended = d.occurredTo;
  if (phase === 'final' && ended !== null && Date.parse(ended) > Date.parse(month)) return w.phrase('nis2DueAfterHandling', { 'csirt.due': at(month) });
  return w.phrase('nis2DueMonth', { 'csirt.due': at(month) });
}

/**
 * The early warning or the incident notification sent after its 24 or 72 hours (not yet sent:
 * now past them, or dated after the day they ran out): the report then says when it was due
 * and that it is late, with the reasons (`csirt.late`, `csirt.dueAt`), never "within 24 hours".
 */
function lateness(ctx: BreachNoticeContext, phase: Nis2Phase): FieldValues {
  const { detail: d, words: w } = ctx;
  const hours = HOURS[phase];
  if (hours === undefined) return { 'csirt.late': false, 'csirt.dueAt': null };
  const due = hoursAfter(d.awareAt, hours);
  const recorded = phase === 'early-warning' ? d.roles.nis2.earlyWarningAt : d.roles.nis2.notificationAt;
  const dueDay = d.timeZone ? civilDateInZone(due, d.timeZone) : due.slice(0, 10);
  // Once sent, the report is late or not by when it went; until then, by now and by its own date.
  const late = recorded !== null && ctx.moment.happened(recorded) ? Date.parse(recorded) > Date.parse(due) : ctx.now.getTime() > Date.parse(due) || ctx.date > dueDay;
  return { 'csirt.late': late, 'csirt.dueAt': formatInstant(due, d.timeZone, w.language) };
}

/** The order of the reports (Art. 23(4)): intermediate and progress reports come after the notification and before the final report. */
const ORDER: Record<Nis2Phase, number> = { 'early-warning': 0, notification: 1, intermediate: 2, progress: 3, final: 4 };

/** The reports sent before this one: of an earlier phase, and sent by the report's own date (never the report itself). */
function previousReports(ctx: BreachNoticeContext, phase: Nis2Phase): string[] | null {
  const { detail: d, words: w } = ctx;
  const { nis2 } = d.roles;
  const sent: [Nis2Stage, string | null][] = [
    ['early-warning', nis2.earlyWarningAt],
    ['notification', nis2.notificationAt],
    ['progress', nis2.progressReportAt],
    ['final', nis2.finalReportAt],
  ];
  // Each report with the CSIRT's reference of that report, on its own line (review 6, F16): never another report's.
  const lines = sent
    .filter((s): s is [Nis2Stage, string] => s[1] !== null && ORDER[s[0]] < ORDER[phase] && ctx.moment.happened(s[1]))
    .map(([stage, at]) => {
      const line = capitalise(w.phrase('nis2Previous', { 'csirt.phase': NIS2_PHASES[stage][w.language], 'notice.date': formatInstant(at, d.timeZone, w.language) }));
      const reference = nis2.references[stage]?.trim();
      return reference ? w.phrase('nis2PreviousReference', { 'notice.line': line, 'notice.reference': reference }) : line;
    });
  return lines.length > 0 ? lines : null;
}

/**
 * The CSIRT contact's role in the report's language: the function ("CSIRT contact",
 * "Referente CSIRT") from the catalogue, whatever language Settings hold it in; a job title of
 * another kind recorded there follows it ("CSIRT contact, Head of IT security"). Settings keep
 * one text, so an English report no longer prints the Italian name of the function (review 4, D37).
 */
function contactRole(recorded: string | null, w: BreachNoticeContext['words']): string {
  const role = w.phrase('csirtContact');
  const names = Object.values(w.labels.phrases.csirtContact).map((n) => n.toLocaleLowerCase());
  const other = recorded?.trim() ?? '';
  return other === '' || names.includes(other.toLocaleLowerCase()) ? role : `${role}, ${other}`;
}

/**
 * Who signs a NIS2 report, sends it and answers the CSIRT: the organisation's NIS2 CSIRT
 * contact ("referente CSIRT") from Settings, in the role of that function in the report's
 * language, at the foot and in the letterhead beside the entity; the report names the contact
 * as missing until it is set, so it is never signed or sent by someone else by default.
 */
function signatory(ctx: BreachNoticeContext): FieldValues {
  const { settings: s } = ctx;
  const contact = [s['nis2.contactEmail'], s['nis2.contactPhone']].filter((c): c is string => c !== null).join('  ·  ');
  const role = contactRole(s['nis2.contactRole'], ctx.words);
  return {
    'csirt.contactName': s['nis2.contactName'],
    'csirt.contactRole': role,
    'csirt.contactEmail': s['nis2.contactEmail'],
    'csirt.contactPhone': s['nis2.contactPhone'],
    'signatory.name': s['nis2.contactName'],
    'signatory.title': role,
    'signatory.contact': contact === '' ? null : contact,
    // The letterhead's sender is the same contact: the DPO has no role in the NIS2 procedure (art. 25 puts the duty on the entity; review 4, D28).
    'sender.name': s['nis2.contactName'],
    'sender.title': role,
    'sender.email': s['nis2.contactEmail'],
    'sender.phone': s['nis2.contactPhone'],
  };
}

/**
 * The CSIRT as the salutation names it: "Spettabile CSIRT Italia," with no bracket in the
 * greeting, the Agency its settings name may add in brackets being in the address block
 * already (review 4, D30).
 */
function addressee(authority: string | null): string | null {
  if (authority === null) return null;
  const bare = authority.replace(/\s*\([^()]*\)\s*$/, '').trim();
  return bare === '' ? authority : bare;
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
  refuseUnfitNis2Report(ctx, phase);
  const scope = s['nis2.scope'];
  return {
    'recipient.name': s['nis2.authority'],
    'recipient.contact': null,
    'csirt.authority': s['nis2.authority'],
    'csirt.addressee': addressee(s['nis2.authority']),
    'csirt.entityType': scope === 'essential' ? w.phrase('nis2Essential') : scope === 'important' ? w.phrase('nis2Important') : null,
    'csirt.type': capitalise(NIS2_PHASES[phase][w.language]),
    'csirt.deadline': dueText(ctx, phase, csirtRequestDate(given)),
    'csirt.previous': previousReports(ctx, phase),
    'csirt.personalData': w.phrase('alsoPersonalData', { 'breach.reference': d.reference }),
    'csirt.assessed': phase !== 'early-warning',
    ...lateness(ctx, phase),
    ...signatory(ctx),
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

/** Causes that are themselves an unlawful act, and causes that are not, as the register records them. */
const MALICIOUS_CAUSES: ReadonlySet<string> = new Set(['cyber-attack', 'ransomware']);
const ACCIDENTAL_CAUSES: ReadonlySet<string> = new Set(['human-error', 'misdirected-communication']);

/**
 * Whether unlawful or malicious acts are suspected (art. 25, comma 5, lett. a) and b)): the
 * triage facts' intent when recorded, else what the recorded cause says (an attack is one; a
 * human error or a misdirected communication, so far, is not); null only when neither tells
 * (review 4, D29: never "not yet known" beside a cause that answers it).
 */
function malicious(intent: boolean | undefined, cause: string | null, w: BreachNoticeContext['words']): string | null {
  if (intent !== undefined) return w.phrase(intent ? 'suspectedMalicious' : 'notSuspectedMalicious');
  if (cause !== null && MALICIOUS_CAUSES.has(cause)) return w.phrase('suspectedMalicious');
  if (cause !== null && ACCIDENTAL_CAUSES.has(cause)) return w.phrase('notSuspectedMalicious');
  return null;
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
    'csirt.malicious': malicious(intent, d.cause, w),
    'csirt.crossBorder': crossBorder(ctx, regions),
    // Written for the CSIRT, in the report's language, like the client notice's `notice.clientWhatHappened`: never the register's
    // description, which is written for the file in whatever language the DPO keeps it (review 4, D35, for the NIS2 report).
    'csirt.whatHappened': null,
    // The title too (review 6, F12): the register's is in the language the DPO keeps it, so the report prints the one written for it, or none.
    'csirt.title': null,
    // The final and progress reports' description starts from what the DPO wrote for the CSIRT; an initial assessment is the DPO's to write.
    'csirt.assessment': (phase === 'final' || phase === 'progress') && typeof given?.['csirt.whatHappened'] === 'string' ? given['csirt.whatHappened'] : null,
    // An end missing from the register is not an ongoing incident: the recorded end, else the DPO's word, else "not yet known".
    'breach.ongoing': defaults['breach.ongoing'] ?? null,
    'csirt.lateReasons': null,
    'csirt.impact': typeof severity === 'string' ? severity : null,
    'csirt.indicators': null,
    'csirt.requestDate': null,
    'csirt.request': null,
    'csirt.updates': null,
    'csirt.rootCause': typeof cause === 'string' ? cause : null,
    'csirt.mitigation': defaults['breach.measuresTaken'] ?? null,
  };
}
