import type { BreachClientNotice, Client } from '../../../shared/clients';
import type { LetterInputs } from '../../../shared/document-contract';
import { hoursAfter } from '../../clocks/breach-case-clocks';
import { AppError, fieldIssue } from '../../errors';
import { msg } from '../../i18n';
import { isFilled, type FieldValues } from '../letters/field-catalogue';
import { formatCivilDate } from '../letters/format-date';
import { civilDateInZone } from '../../deadlines';
import { CLIENT_UNKNOWN_FACTS } from './breach-labels-schema';
import type { BreachNoticeContext } from './breach-notice-fields';
import { capitalise } from './breach-phrases';
import { formatCount, formatInstant } from './format-instant';

/** One client affected by a breach: its notice as recorded on the breach and its register entry. */
export interface AffectedClient {
  notice: BreachClientNotice;
  client: Client;
}

/**
 * The client a notice is for, named in `notice.client` by id or name (case-insensitive),
 * among the clients the breach affects; null while none is named (the notice then lists it
 * as missing), VALIDATION listing them when the name is not one of them.
 */
export function chosenClient(clients: readonly AffectedClient[], given: LetterInputs | undefined): AffectedClient | null {
  const raw = given?.['notice.client'];
  const wanted = typeof raw === 'string' ? raw.trim().toLocaleLowerCase() : '';
  if (wanted === '') return null;
  const found = clients.find((c) => c.client.id.toLocaleLowerCase() === wanted || c.client.name.toLocaleLowerCase() === wanted);
  if (found) return found;
  const detail = msg('msg.error.clientNoticeWhich', { clients: clients.map((c) => `${c.client.name} (${c.client.id})`).join(', ') || '—' });
  throw new AppError('VALIDATION', detail, [fieldIssue('inputs.notice.client', detail)]);
}

/** When the client must hear from us: the contract's hours from our awareness, or "without undue delay". */
function deadline(ctx: BreachNoticeContext, notice: BreachClientNotice): { text: string; due: string | null } {
  const { detail: d, words: w } = ctx;
  if (notice.noticeHours === null) return { text: w.phrase('clientDeadlineNone'), due: null };
  const due = hoursAfter(d.awareAt, notice.noticeHours);
  return { text: w.phrase('clientDeadlineHours', { 'client.hours': String(notice.noticeHours), 'client.due': formatInstant(due, d.timeZone, w.language) }), due };
}

/** How an earlier notice went, in the letter's words: PEC explained to an English reader ("certified e-mail (PEC)"). */
function channelWords(ctx: BreachNoticeContext, channel: string | null): string {
  if (channel === null) return '—';
  return /^\s*pec\s*$/i.test(channel) ? ctx.words.phrase('clientChannelPec') : channel;
}

/**
 * The earlier notice to this client, when one was recorded by this notice's date: its line for
 * section 1 (date, channel and the reference it went under) and, for the opening of a follow-up
 * notice, its date and reference ("our notice of 2 December 2026 (PEC 2026/0412)").
 */
function earlierNotice(ctx: BreachNoticeContext, notice: BreachClientNotice): { line: string; opening: string } | null {
  const { words: w, detail: d } = ctx;
  if (notice.notifiedAt === null || !ctx.moment.happened(notice.notifiedAt)) return null;
  const line = w.phrase('clientPrevious', { 'notice.date': formatInstant(notice.notifiedAt, d.timeZone, w.language), 'notice.channel': channelWords(ctx, notice.channel) });
  const day = formatCivilDate(d.timeZone ? civilDateInZone(notice.notifiedAt, d.timeZone) : notice.notifiedAt.slice(0, 10), w.language);
  const reference = notice.reference?.trim() || null;
  return {
    line: reference ? w.phrase('clientPreviousReference', { 'notice.line': line, 'notice.reference': reference }) : line,
    opening: reference ? w.phrase('clientEarlierReference', { 'notice.date': day, 'notice.reference': reference }) : w.phrase('clientEarlier', { 'notice.date': day }),
  };
}

/**
 * Our own notification to the authority, as the notice to a client names it: "of 4 December
 * 2026 (ref. …)" for the first one recorded as sent by the notice's date, or null while none
 * is (we may still find our own part unlikely to result in a risk, Art. 33(1)): the notice
 * then says "any notification we make", never one that does not exist.
 */
function authorityNotice(ctx: BreachNoticeContext): string | null {
  const { detail: d, words: w } = ctx;
  const sent = d.notifications
    .filter((n) => n.recipient === 'authority' && ctx.moment.happened(n.sentAt))
    .sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt))[0];
  if (!sent) return null;
  const day = formatCivilDate(d.timeZone ? civilDateInZone(sent.sentAt, d.timeZone) : sent.sentAt.slice(0, 10), w.language);
  const reference = sent.reference?.trim() || null;
  return reference ? w.phrase('clientAuthorityNoticeReference', { 'notice.date': day, 'notice.reference': reference }) : w.phrase('clientAuthorityNotice', { 'notice.date': day });
}

/**
 * The fields of the notice to one client (Art. 33(2)): addressed to its privacy contact, the
 * agreement's deadline, an earlier notice recorded on the breach (then `notice.clientFollowUp`:
 * this notice follows it and says what it adds or corrects), and the flag `notice.clientLate`
 * once the contract's hours have run out.
 */
export function clientNoticeFields(ctx: BreachNoticeContext, chosen: AffectedClient): FieldValues {
  const { words: w } = ctx;
  const { client, notice } = chosen;
  const due = deadline(ctx, notice);
  const contact = client.privacyContact.split(/\r?\n|,\s+/).map((l) => l.trim()).filter((l) => l !== '');
  const agreement = client.agreementSignedOn ? w.phrase('clientAgreement', { 'agreement.date': formatCivilDate(client.agreementSignedOn, w.language) }) : w.phrase('clientAgreementUndated');
  const earlier = earlierNotice(ctx, notice);
  return {
    'recipient.name': client.name,
    'recipient.contact': contact.length > 0 ? contact.join('\n') : null,
    'client.name': client.name,
    'client.deadline': due.text,
    'client.agreement': agreement,
    'client.previous': earlier ? [earlier.line] : null,
    'client.earlierNotice': earlier?.opening ?? null,
    'notice.clientFollowUp': earlier !== null,
    'client.authorityNotice': authorityNotice(ctx),
    'notice.clientLate': due.due !== null && notice.notifiedAt === null && ctx.now.getTime() > Date.parse(due.due),
  };
}

/**
 * The client-side defaults: the numbers of people and records when the breach concerns this
 * client's data alone (otherwise the register's totals are not this client's, and the DPO
 * gives them) and the categories of the breach. What happened starts empty, for the DPO to
 * write for the client in the notice's language. What else will follow starts empty: the facts
 * still unknown are listed without it (see `clientToFollow`).
 */
export function clientNoticeDefaults(ctx: BreachNoticeContext, chosen: AffectedClient, defaults: Record<string, string | null>): Record<string, string | null> {
  const { detail: d, words: w } = ctx;
  const soleParty = !d.roles.controllerSide && d.roles.clients.length === 1 && d.roles.clients[0]?.clientId === chosen.client.id;
  const draft = d.facts.draft;
  const l = w.labels;
  const subjectCategories = d.subjectCategories.map((c) => capitalise(l.subjectCategories[c][w.language]));
  const dataCategories = (draft.dataCategories ?? []).map((c) => capitalise(l.dataCategories[c][w.language]));
  return {
    ...defaults,
    'client.subjects': soleParty && draft.subjects !== undefined ? formatCount(draft.subjects, w.language) : null,
    'client.records': soleParty && d.recordsCount !== null ? formatCount(d.recordsCount, w.language) : null,
    'client.subjectCategories': subjectCategories.length > 0 ? subjectCategories.join('\n') : null,
    'client.dataCategories': dataCategories.length > 0 ? dataCategories.join('\n') : null,
    // Written for the client, in the notice's language, like the people's `notice.whatHappened`: never the register's description,
    // which is written for the file in whatever language the DPO keeps it (Art. 33(2), (3)(a); review 4, D35).
    'notice.clientWhatHappened': null,
    'notice.followUpBy': null,
    'notice.toFollow': null,
    'notice.clientUpdates': null,
  };
}

/**
 * What section 6 lists as still to follow (Art. 33(4)): first every fact the notice prints as
 * "not yet known: see section 6" (what the DPO typed counts as known), then what else the DPO
 * adds, so the cross-reference always finds its items.
 */
export function clientToFollow(ctx: BreachNoticeContext, fields: FieldValues, defaults: Record<string, string | null>, given: LetterInputs | undefined): string[] | null {
  const { words: w } = ctx;
  const known = (key: string) => {
    const typed = given?.[key];
    if (typed !== undefined) return Array.isArray(typed) ? typed.some((t) => t.trim() !== '') : typed.trim() !== '';
    return isFilled(key in defaults ? defaults[key] : fields[key]);
  };
  const unknown = CLIENT_UNKNOWN_FACTS.filter((key) => !known(key)).map((key) => w.labels.unknownFacts[key][w.language]);
  const typed = given?.['notice.toFollow'];
  const added = (Array.isArray(typed) ? typed : (typed ?? '').split(/\r?\n/)).map((t) => t.trim()).filter((t) => t !== '' && !unknown.includes(t));
  const all = [...unknown, ...added];
  return all.length > 0 ? all : null;
}
