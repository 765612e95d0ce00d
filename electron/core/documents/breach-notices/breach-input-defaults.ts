import type { AuthorityPhase, BreachDetail, BreachFactsDraft } from '../../../shared/breaches';
import type { BreachNoticeKind } from '../../../shared/document-contract';
import type { LetterFrame } from '../letters/template-schema';
import { firstAuthorityNotice, type BreachNoticeContext } from './breach-notice-fields';
import type { BreachWords } from './breach-phrases';
import { formatInstant } from './format-instant';
import { ongoingFromRegister } from './breach-containment';
import { subjectsDecisionPending } from './subject-notice-duty';

/**
 * The phase a notification most likely is: supplementary once one is recorded, complete
 * when the facts are in and triaged, preliminary otherwise (Art. 33(4)).
 */
export function suggestedPhase(detail: BreachDetail): AuthorityPhase {
  if (firstAuthorityNotice(detail)) return 'supplementary';
  return detail.facts.complete && detail.triage ? 'complete' : 'preliminary';
}

/**
 * The likely consequences in words, from the categories of data ("…could expose the people
 * concerned to unwanted messages and phishing attempts…"), and whether misuse has been seen;
 * told to the authority, or to the person (`you`). Null until the data categories are known.
 * A loss of availability or integrity is not turned into a consequence for the people here:
 * the DPO confirms it by writing it, prompted by a caution (see `lossEffects`; review 4, D40).
 */
export function consequencesText(detail: { facts: Pick<BreachDetail['facts'], 'draft'> }, w: BreachWords, you: boolean): string | null {
  const draft = detail.facts.draft;
  if (!draft.dataCategories) return null;
  const items = draft.dataCategories.map((c) => w.labels.consequences[c]?.[w.language]).filter((c): c is string => c !== undefined);
  const unique = [...new Set(items.length > 0 ? items : [w.phrase('genericConsequence')])];
  const list = w.phrase(you ? 'consequencesYou' : 'consequences', { 'consequences.list': w.list(unique) });
  const misuse = draft.misuseObserved ? (you ? 'misuseObservedYou' : 'misuseObserved') : you ? 'noMisuseObservedYou' : 'noMisuseObserved';
  return `${list} ${w.phrase(misuse)}`;
}

/**
 * The register records the data as unintelligible to whoever got them: the fact, or the Art.
 * 34(3)(a) ground of the decision. The notice to the people and the register's effects in the
 * audit report read it alike (review 7, G10).
 */
export function dataUnintelligible(draft: Pick<BreachFactsDraft, 'unintelligible'>, art34Exemption: string | null | undefined): boolean {
  return draft.unintelligible === true || art34Exemption === 'a';
}

const unintelligible = (detail: BreachDetail): boolean => dataUnintelligible(detail.facts.draft, detail.decision?.art34Exemption);

/** What the loss of confidentiality the register records was, told to the person; null when it records none. */
const CONFIDENTIALITY_YOU = { 'known-recipients': 'accessedKnownYou', 'unknown-recipients': 'accessedUnknownYou', public: 'madePublicYou' } as const;

/**
 * What the breach may mean for the person, from the register's assessment (Art. 34(2); review
 * 6, F1): on the decision to tell them, the likely consequences; otherwise the data encrypted
 * (Art. 34(3)(a)) and nothing to fear while the key is safe, a breach assessed unlikely to
 * result in a risk, or a risk that is not high before the likely consequences (which stand
 * alone on a high risk). With no decision recorded yet, only the breach's facts: the loss of
 * confidentiality recorded, that the assessment goes on, and whether misuse was seen, never
 * the list of what a high risk could bring (review 7, G6). Null while the data categories are unknown.
 */
function subjectConsequences(detail: BreachDetail, w: BreachWords, undecided: boolean): string | null {
  // The authority's order (Art. 34(4)) makes the notice a duty but changes no fact: the encryption is still stated.
  if (detail.decision?.notifySubjects) return consequencesText(detail, w, true);
  const draft = detail.facts.draft;
  const misuse = w.phrase(draft.misuseObserved ? 'misuseObservedYou' : 'noMisuseObservedYou');
  if (unintelligible(detail)) return `${w.phrase('unintelligibleYou')} ${misuse}`;
  if (undecided) {
    if (!draft.dataCategories) return null;
    const lost = draft.confidentiality && draft.confidentiality !== 'none' ? w.phrase(CONFIDENTIALITY_YOU[draft.confidentiality]) : null;
    return [lost, w.phrase('stillAssessingYou'), misuse].filter((s) => s !== null).join(' ');
  }
  const risk = detail.triage?.risk;
  if (risk === 'unlikely') return `${w.phrase('unlikelyRiskYou')} ${misuse}`;
  const likely = consequencesText(detail, w, true);
  return risk === 'risk' && likely ? `${w.phrase('noHighRiskYou')} ${likely}` : likely;
}

/** What the people can do, by the categories of data involved, ending with "tell us". */
function advice(detail: BreachDetail, w: BreachWords): string {
  const tips = (detail.facts.draft.dataCategories ?? []).map((c) => w.labels.advice[c]?.[w.language]).filter((t): t is string => t !== undefined);
  return [...new Set(tips), w.phrase('adviceAlways')].join('\n');
}

/** The measures in place: whether the data was unintelligible, and the register's measures for the activities touched. */
function securityMeasures(ctx: BreachNoticeContext): string | null {
  const lines = [...(ctx.detail.facts.draft.unintelligible ? [ctx.words.phrase('unintelligible')] : []), ...ctx.measures];
  return lines.length > 0 ? lines.join('\n') : null;
}

/**
 * How the notice to the people opens: by the one category of people the register records
 * ("Gentile Cliente" only when every person concerned is recorded as a customer), else the
 * neutral "Gentile interessata, gentile interessato" / "Dear Sir or Madam" — never a
 * customer's greeting to staff, leads or several kinds of people (review 4, D17).
 */
function greeting(detail: BreachDetail, w: BreachWords): string {
  const only = detail.subjectCategories.length === 1 ? detail.subjectCategories[0] : undefined;
  const words = (only && w.labels.greetings[only]) || w.labels.greetings.default;
  return words?.[w.language] ?? '';
}

/**
 * What a notice's editable fields start from, taken from the register: the phase, the
 * recorded reasons for delay, the DPO as the person notifying, the VAT number from the
 * settings, the security measures the register records for the activities touched, whether the breach has ended or was contained (when the register records its end or a containment step), the containment and
 * remediation steps as the measures taken, consequences and advice from the categories of
 * data. "What happened" starts empty: the DPO writes it for the people, in the letter's
 * language (the register's description is written for the file). The DPO checks and edits them in the preview.
 */
export function breachInputDefaults(ctx: BreachNoticeContext, kind: BreachNoticeKind, frame: LetterFrame): Record<string, string | null> {
  const { detail: d, settings: s, words: w } = ctx;
  const { happened } = ctx.moment;
  const measures = d.actions.filter((a) => happened(a.at)).map((a) => w.phrase('measure', { 'measure.date': formatInstant(a.at, d.timeZone, w.language), 'measure.text': a.text }));
  const contact = [s['organisation.dpoEmail'], s['organisation.dpoPhone']].filter((c): c is string => c !== null);
  return {
    'notice.phase': suggestedPhase(d),
    'notice.title': null,
    'notice.delayReasons': (ctx.moment.self ?? firstAuthorityNotice(d))?.delayReasons ?? null,
    'notifier.name': s['organisation.dpoName'],
    'notifier.role': frame.dpoTitle[w.language],
    'notifier.contact': contact.length > 0 ? contact.join(' · ') : null,
    'controller.taxCode': s['organisation.vatNumber'],
    'notice.changes': null,
    // With clients' data in the breach, the register's figures are not ours alone: the DPO gives ours (Art. 33(3)(a)).
    'notice.ownSubjects': null,
    'notice.ownRecords': null,
    'notice.ownSubjectCategories': null,
    'notice.ownDataCategories': null,
    'breach.discoveryMethod': null,
    // From the register's end or containment; otherwise the DPO says whether it goes on.
    'breach.ongoing': ongoingFromRegister(d, ctx.moment, w),
    'breach.policeReport': null,
    'breach.securityMeasures': securityMeasures(ctx),
    // To the people, from the register's assessment: encrypted data, a risk unlikely or not high (Art. 34(2), 34(3)(a); review 6, F1).
    'breach.consequences': kind === 'subject-notice' ? subjectConsequences(d, w, subjectsDecisionPending(d, ctx.date)) : consequencesText(d, w, false),
    'breach.measuresTaken': measures.length > 0 ? measures.join('\n') : null,
    'breach.measuresProposed': null,
    'notice.greeting': greeting(d, w),
    // Written for the people, in the letter's language: never the register's internal description.
    'notice.whatHappened': null,
    // What a follow-up to the people adds: only the DPO knows what changed since the first notice (review 5, E15).
    'notice.updates': null,
    'notice.advice': advice(d, w),
  };
}
