import type { BreachDetail, BreachNotification } from '../../../shared/breaches';
import type { Settings } from '../../../shared/settings';
import { civilDateInZone } from '../../deadlines';
import type { BreachNoticeKind, LetterLanguage } from '../../../shared/document-contract';
import type { FieldValues } from '../letters/field-catalogue';
import { formatCivilDate } from '../letters/format-date';
import { NOTICE_PHASES } from './breach-field-catalogue';
import { capitalise, type BreachWords } from './breach-phrases';
import { formatCount, formatInstant } from './format-instant';
import { complaintAuthority } from '../letters/complaint-phrase';
import type { NoticeMoment } from './notice-moment';
import { mixedRoleFields } from './mixed-role-fields';
import { otherBodiesFields } from './other-bodies';
import { containedAt } from './breach-containment';
import { subjectsToldBy } from './breach-notice-cautions';
import { subjectsDecisionPending, subjectsLegalDuty, subjectsOrderBy } from './subject-notice-duty';
import { competentAuthorities } from '../../breaches/triage/authorities';
import { SUPERVISORY_AUTHORITIES, type AuthorityCountry } from '../../../shared/authorities';

/** Everything a breach notice is filled from, besides the DPO's inputs. */
export interface BreachNoticeContext {
  detail: BreachDetail;
  settings: Settings;
  words: BreachWords;
  /** Today in the organisation's zone. */
  today: string;
  /** The date the notice bears (today unless the DPO dated it otherwise). */
  date: string;
  now: Date;
  /** The security measures the register records for the activities the breach touches (one line each). */
  measures: readonly string[];
  /** What the notice may state as done: the facts dated by its own date and instant. */
  moment: NoticeMoment;
}

const listOrNull = (items: readonly string[]) => (items.length > 0 ? [...items] : null);

/** The date an instant falls on in the organisation's zone, or where it was recorded. */
function dayOf(iso: string, timeZone: string | null): string {
  return timeZone ? civilDateInZone(iso, timeZone) : iso.slice(0, 10);
}

/** The first authority notification (they come sorted by when they were sent). */
export function firstAuthorityNotice(detail: BreachDetail): BreachNotification | undefined {
  return detail.notifications.find((n) => n.recipient === 'authority');
}

/**
 * The first notification to the authority is (or, if none is recorded yet, would now be)
 * more than 72 hours after awareness: Art. 33(1) then asks for the reasons for the delay.
 */
function noticeIsLate(detail: BreachDetail, now: Date): boolean {
  const first = firstAuthorityNotice(detail);
  return first ? first.late : now.getTime() > Date.parse(detail.authorityDeadline);
}

/** The first notification to the authority sent before this notice (never the notice itself), or null when this one is the first. */
function earlierFirstNotice(ctx: BreachNoticeContext): BreachNotification | null {
  const first = firstAuthorityNotice(ctx.detail);
  return first && first.id !== ctx.moment.self?.id && ctx.moment.happened(first.sentAt) ? first : null;
}

/**
 * The 72 hours of Art. 33(1) govern the first notification only. A notice that is itself the
 * first is late (`notice.late`: "this notification is made more than 72 hours after…") when
 * it goes after them; a later phase (complete, supplementary, Art. 33(4): "without undue
 * further delay") never says so of itself, but, when the first notification went late, says
 * when that one went and how many hours after awareness (`notice.earlierLate`), with its
 * reasons repeated in section 13 (review 4, D32).
 */
function lateness(ctx: BreachNoticeContext, at: (iso: string) => string): FieldValues {
  const { words: w } = ctx;
  const earlier = earlierFirstNotice(ctx);
  if (!earlier) return { 'notice.late': noticeIsLate(ctx.detail, ctx.now), 'notice.earlierLate': null };
  if (!earlier.late) return { 'notice.late': false, 'notice.earlierLate': null };
  const phase = earlier.phase ? NOTICE_PHASES[earlier.phase][w.language] : '';
  const hours = new Intl.NumberFormat(w.language === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: 1 }).format(earlier.hoursAfterAwareness);
  const line = w.phrase('earlierNotice', { 'notice.phase': phase, 'notice.date': at(earlier.sentAt) });
  const sent = earlier.reference ? w.phrase('earlierNoticeReference', { 'notice.line': line, 'notice.reference': earlier.reference }) : line;
  return { 'notice.late': false, 'notice.earlierLate': w.phrase('earlierNoticeLate', { 'notice.line': sent, 'notice.hours': hours }) };
}

/** When the breach occurred; a start without an end, once contained, bounded by the containment rather than "end not yet known" beside "contained on …". */
function occurred(ctx: BreachNoticeContext, at: (iso: string) => string): string | null {
  const { occurredFrom: from, occurredTo: to } = ctx.detail;
  if (from && to) return ctx.words.phrase('period', { 'period.from': at(from), 'period.to': at(to) });
  const contained = from ? containedAt(ctx.detail, ctx.moment) : null;
  if (from && contained) return ctx.words.phrase('sinceContained', { 'period.from': at(from), 'period.to': at(contained) });
  if (from) return ctx.words.phrase('since', { 'period.from': at(from) });
  if (to) return ctx.words.phrase('until', { 'period.to': at(to) });
  return null;
}

function subjectsCommunication(ctx: BreachNoticeContext, at: (iso: string) => string): string | null {
  const { detail: d, words: w } = ctx;
  const channel = (n: BreachNotification) => (n.channel ? (w.labels.channels[n.channel]?.[w.language] ?? n.channel) : '');
  const told = d.notifications.filter((n) => n.recipient === 'subjects' && ctx.moment.happened(n.sentAt));
  const shown = d.notifications.filter((n) => n.recipient === 'public' && ctx.moment.happened(n.sentAt));
  const parts: string[] = [];
  const first = told[0];
  const order = subjectsOrderBy(d, ctx.date);
  if (first) {
    const count = told.reduce((sum, n) => sum + (n.recipientsCount ?? 0), 0);
    parts.push(w.phrase('subjectsTold', { 'notice.date': at(first.sentAt), 'notice.channel': w.list([...new Set(told.map(channel))]), 'notice.count': formatCount(count, w.language) }));
  } else if (order) {
    // The authority's order to tell the people (Art. 34(4)) comes before the controller's own decision, whatever it was.
    const date = formatCivilDate(order.orderedOn, w.language);
    parts.push(order.reference ? w.phrase('subjectsOrderedReference', { 'order.date': date, 'notice.reference': order.reference }) : w.phrase('subjectsOrdered', { 'order.date': date }));
  } else if (d.decision?.notifySubjects) {
    parts.push(w.phrase('subjectsToBeTold'));
  } else if (d.decision?.art34Exemption) {
    parts.push(w.phrase('subjectsNotToldExempt', { 'exemption.text': w.labels.art34Exemptions[d.decision.art34Exemption][w.language] }));
  } else if (d.decision) {
    parts.push(w.phrase('subjectsNotToldNoHighRisk'));
  }
  const publicNotice = shown[0];
  if (publicNotice) parts.push(w.phrase('publicCommunication', { 'notice.date': at(publicNotice.sentAt), 'notice.channel': channel(publicNotice) }));
  return parts.length > 0 ? parts.join(' ') : null;
}

function previousNotices(ctx: BreachNoticeContext, at: (iso: string) => string): string[] | null {
  const { words: w } = ctx;
  const { self, happened } = ctx.moment;
  const lines = ctx.detail.notifications
    .filter((n) => n.recipient === 'authority' && n.id !== self?.id && happened(n.sentAt))
    .map((n) => {
      const phase = n.phase ? NOTICE_PHASES[n.phase][w.language] : '';
      const line = capitalise(w.phrase('previousNotice', { 'notice.phase': phase, 'notice.date': at(n.sentAt) }));
      return n.reference ? w.phrase('previousReference', { 'notice.line': line, 'notice.reference': n.reference }) : line;
    });
  return listOrNull(lines);
}

/** The preliminary notification a complete one completes (Art. 33(4)), with its date and protocol, when one was sent before it. */
function preliminarySent(ctx: BreachNoticeContext, at: (iso: string) => string): string | null {
  const { words: w } = ctx;
  const first = ctx.detail.notifications.find((n) => n.recipient === 'authority' && n.phase === 'preliminary' && n.id !== ctx.moment.self?.id && ctx.moment.happened(n.sentAt));
  if (!first) return null;
  return first.reference
    ? w.phrase('completesPreliminaryReference', { 'notice.date': at(first.sentAt), 'notice.reference': first.reference })
    : w.phrase('completesPreliminary', { 'notice.date': at(first.sentAt) });
}

/**
 * The people's earlier notice, when the register records one by this notice's date: "our
 * notice of 9 October 2026 by e-mail". A notice to the people then opens as a follow-up to it,
 * never again as a first notice "without undue delay" (Art. 34; review 4, D36).
 */
function subjectsEarlier(ctx: BreachNoticeContext): string | null {
  const { detail: d, words: w } = ctx;
  const told = subjectsToldBy(d, ctx.date);
  if (!told) return null;
  const channel = told.channel ? (w.labels.channels[told.channel]?.[w.language] ?? told.channel) : null;
  const date = formatCivilDate(told.sentOn, w.language);
  return channel ? w.phrase('subjectsEarlierChannel', { 'notice.date': date, 'notice.channel': channel }) : w.phrase('subjectsEarlier', { 'notice.date': date });
}

/** The day of the people's earlier notice as a heading names it ("9 October 2026"), or null while none is recorded. */
function subjectsEarlierDate(ctx: BreachNoticeContext): string | null {
  const told = subjectsToldBy(ctx.detail, ctx.date);
  return told ? formatCivilDate(told.sentOn, ctx.words.language) : null;
}

function recipientOf(kind: BreachNoticeKind, s: Settings, w: BreachWords): FieldValues {
  if (kind === 'subject-notice') return { 'recipient.name': w.phrase('recipient'), 'recipient.contact': null };
  const address = s['organisation.authorityAddress'];
  return { 'recipient.name': s['organisation.authorityName'], 'recipient.contact': address ? address.split(/\r?\n|,\s+/).join('\n') : null };
}

const BASIS_PHRASE = { 'single-state': 'authoritySingleState', 'one-stop-shop': 'authorityOneStopShop', 'non-eu-controller': 'authorityNonEu', unknown: 'authorityUnknown' } as const;

const isAuthorityCountry = (code: string | null): code is AuthorityCountry => code !== null && code in SUPERVISORY_AUTHORITIES;

/**
 * The authority or authorities competent for the breach (Art. 55, 56; EDPB Guidelines 9/2022),
 * and why: those the triage named; when its facts do not say where, the same rule applied to
 * what the register holds — the organisation's country as its establishment (unless the
 * triage facts list establishments) and the other Member States the breach concerns.
 */
function authorityFields(ctx: BreachNoticeContext, regions: Intl.DisplayNames): FieldValues {
  const { detail: d, words: w, settings: s } = ctx;
  const draft = d.facts.draft;
  const triaged = d.triage && d.triage.authorities.length > 0 ? { authorities: d.triage.authorities, basis: d.triage.authorityBasis } : null;
  const country = s['organisation.country'];
  const establishments = draft.establishments && draft.establishments.length > 0 ? draft.establishments : isAuthorityCountry(country) ? [country] : [];
  const affected = [...(draft.affectedCountries ?? []), ...d.crossBorder.filter(isAuthorityCountry)];
  const found = triaged ?? competentAuthorities({ establishments, mainEstablishment: draft.mainEstablishment ?? null, affectedCountries: affected });
  if (found.authorities.length === 0) return { 'breach.competentAuthorities': w.phrase('authorityUnknown'), 'breach.authorityBasis': null };
  const stateOf = (code: string) => regions.of(code) ?? code;
  const [only] = found.authorities;
  // One establishment and no Member State recorded for the people: the rule is single-state so far, not "they all live there".
  const checking = !triaged && affected.length === 0 && found.basis === 'single-state' && found.authorities.length === 1 && only;
  return {
    'breach.competentAuthorities': found.authorities.map((a) => w.phrase('authorityNamed', { 'authority.name': a.name, 'authority.state': stateOf(a.country) })),
    'breach.authorityBasis': checking
      ? w.phrase('authoritySingleStateChecking', { 'authority.state': stateOf(only.country) })
      : // Art. 56(1) names the main or the single establishment: with one known, it is the single one.
        w.phrase(found.basis === 'one-stop-shop' && new Set(establishments).size === 1 ? 'authorityOneStopShopSingle' : BASIS_PHRASE[found.basis]),
  };
}

/**
 * The facts of a breach and of the organisation, as a notice prints them: instants in the
 * organisation's zone, codes in words, counts as the language writes them, and the flag
 * `notice.late`. What the register does not hold stays null, to be named as missing (or
 * deferred, in a preliminary notification) where a template uses it. Facts dated after the
 * notice's own date and instant (`ctx.moment`) are not stated as done.
 */
export function breachNoticeFields(ctx: BreachNoticeContext, kind: BreachNoticeKind): FieldValues {
  const { detail: d, settings: s, words: w } = ctx;
  const lang: LetterLanguage = w.language;
  const l = w.labels;
  const at = (iso: string) => formatInstant(iso, d.timeZone, lang);
  const draft = d.facts.draft;
  const cause = d.cause ? l.causes[d.cause][lang] : null;
  const intent = draft.maliciousIntent === undefined ? null : w.phrase(draft.maliciousIntent ? 'deliberate' : 'accidental');
  const regions = new Intl.DisplayNames([lang], { type: 'region' });
  return {
    'organisation.name': s['organisation.name'],
    'organisation.address': s['organisation.address'],
    'organisation.dpoName': s['organisation.dpoName'],
    'organisation.dpoEmail': s['organisation.dpoEmail'],
    'organisation.dpoPhone': s['organisation.dpoPhone'],
    'organisation.vatNumber': s['organisation.vatNumber'],
    'organisation.pec': s['organisation.pec'],
    'organisation.email': s['organisation.email'],
    'organisation.phone': s['organisation.phone'],
    'authority.name': s['organisation.authorityName'],
    'authority.address': s['organisation.authorityAddress'],
    'authority.website': s['organisation.authorityWebsite'],
    'complaint.authority': complaintAuthority({
      language: lang,
      regime: 'gdpr',
      authority: { name: s['organisation.authorityName'], address: s['organisation.authorityAddress'], website: s['organisation.authorityWebsite'] },
      country: s['organisation.country'],
    }),
    ...recipientOf(kind, s, w),
    'letter.date': formatCivilDate(ctx.today, lang),
    'law.short': 'GDPR',
    'breach.reference': d.reference,
    'breach.title': d.title,
    'breach.description': d.description.trim() === '' ? null : d.description,
    'breach.occurred': occurred(ctx, at),
    // Discovery comes no later than awareness: without its own date, the register still bounds it.
    'breach.discoveredAt': d.discoveredAt ? at(d.discoveredAt) : w.phrase('discoveredByAwareness', { 'breach.awareAt': at(d.awareAt) }),
    'breach.awareAt': at(d.awareAt),
    'breach.awareDate': formatCivilDate(dayOf(d.awareAt, d.timeZone), lang),
    'breach.deadline': at(d.authorityDeadline),
    'breach.confidentiality': draft.confidentiality ? l.confidentiality[draft.confidentiality][lang] : null,
    'breach.integrity': draft.integrity ? l.integrity[draft.integrity][lang] : null,
    'breach.availability': draft.availability ? l.availability[draft.availability][lang] : null,
    'breach.cause': cause && intent ? w.phrase('causeWithIntent', { 'cause.name': cause, 'cause.intent': intent }) : cause,
    'breach.systems': listOrNull(d.systems),
    'breach.processors': listOrNull(d.processors),
    'breach.subjects': draft.subjects === undefined ? null : formatCount(draft.subjects, lang),
    'breach.records': d.recordsCount === null ? null : formatCount(d.recordsCount, lang),
    // Lists start with a capital: they are answers in a form's cells and items of a list.
    'breach.subjectCategories': listOrNull(d.subjectCategories.map((c, i) => (i === 0 ? capitalise(l.subjectCategories[c][lang]) : l.subjectCategories[c][lang]))),
    'breach.dataCategories': listOrNull((draft.dataCategories ?? []).map((c) => capitalise(l.dataCategories[c][lang]))),
    'breach.severity': d.triage ? w.phrase('severity', { 'severity.level': l.severity[d.triage.severity.level][lang], 'severity.score': w.score(d.triage.severity.score) }) : null,
    'breach.risk': d.triage ? l.risk[d.triage.risk][lang] : null,
    'breach.subjectsCommunication': subjectsCommunication(ctx, at),
    ...authorityFields(ctx, regions),
    // "None" only when the register records where the people live; with nothing recorded it is not yet known.
    'breach.crossBorder': d.crossBorder.length > 0 ? d.crossBorder.map((code) => regions.of(code) ?? code) : (draft.affectedCountries ?? []).length > 0 ? w.phrase('noOtherStates') : w.phrase('otherStatesUnknown'),
    ...otherBodiesFields(ctx),
    'notice.previous': previousNotices(ctx, at),
    ...lateness(ctx, at),
    'notice.preliminarySent': preliminarySent(ctx, at),
    'notice.subjectsEarlier': kind === 'subject-notice' ? subjectsEarlier(ctx) : null,
    // A follow-up's subject says it is one, so its readers do not take it for a repeat of the first notice (review 6, F19).
    'notice.subjectLead': kind === 'subject-notice' ? w.phrase(subjectsToldBy(d, ctx.date) ? 'subjectLeadUpdate' : 'subjectLeadFirst') : null,
    // A follow-up to the people says what is new since the first notice, under a heading naming its date (review 5, E15).
    'notice.subjectsEarlierDate': kind === 'subject-notice' ? subjectsEarlierDate(ctx) : null,
    // The complete notification dated after the organisation's planning day for it: "without undue further delay" wants the reasons why
    // its information was not available earlier (Art. 33(4)). The planning day is DPO Desk's, not the law's: never cited to the authority (review 4, D33).
    'notice.completeLate': d.followUp !== null && ctx.date > d.followUp.due,
    // The register says the incident happened at a processor: the notice must not say it happened at the organisation.
    'breach.atProcessor': d.cause === 'processor-incident',
    // "The law requires us to tell you" only on the recorded decision to tell the people; otherwise a voluntary notice (Art. 34(1); review 6, F1).
    'notice.legalDuty': kind === 'subject-notice' && subjectsLegalDuty(d, ctx.date),
    // With no decision yet, nothing either way about the law: nobody has concluded whether Art. 34(1) applies (review 7, G6).
    'notice.undecided': kind === 'subject-notice' && subjectsDecisionPending(d, ctx.date),
    ...mixedRoleFields(d, w, ctx.moment),
  };
}
