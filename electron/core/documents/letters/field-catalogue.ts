import { BREACH_FIELDS } from '../breach-notices/breach-field-catalogue';
import type { LetterField, LetterInputSpec, LetterLanguage, Localised } from '../../../shared/document-contract';
import { addDays } from '../../../shared/pure/civil-date';
import { formatCivilDate } from './format-date';
import { elideItalianArticles } from './italian-elision';
import { choice, fromCase, input, settings, type CatalogueEntry } from './catalogue-entry';
import { EXEMPTION_FIELDS } from '../request-letters/exemption-fields';
import { DPA_FIELDS } from '../request-letters/dpa-exemptions';
import { CCPA_DENIAL_FIELDS } from '../request-letters/ccpa-denial-fields';
import { LGPD_FIELDS } from '../request-letters/lgpd-fields';
import { PIPEDA_FIELDS } from '../request-letters/pipeda-fields';
import { FADP_FIELDS } from '../request-letters/fadp-fields';
import { CCPA_KNOW_FIELDS } from '../request-letters/ccpa-know-fields';
import { RECIPIENTS_FIELDS } from '../request-letters/recipients-fields';
import { OBJECTION_FIELDS } from '../request-letters/objection-fields';
import { SUBJECT_VOICE_FIELDS } from '../request-letters/subject-voice-fields';
import { PORTABILITY_FIELDS } from '../request-letters/portability-fields';
import { CONTINUES_LEAD_IN } from './lead-in';

/** A field's value: text, a list, or a flag that only conditions read. Null or empty = missing. */
export type FieldValue = string | string[] | boolean | null;
export type FieldValues = Record<string, FieldValue>;

/**
 * Every printable field a letter may use, with its name in both languages and where the DPO
 * sets it. Templates may only use these keys (a test checks every placeholder against it),
 * so a missing value can always be named. Flags (`regime.gdpr`, …) are not listed: they are
 * never printed, only tested by conditions.
 */
export const FIELD_CATALOGUE: Record<string, CatalogueEntry> = {
  'organisation.name': settings('Organisation name (Settings → Organisation)', 'Nome dell’organizzazione (Impostazioni → Organizzazione)'),
  'organisation.address': settings('Organisation address (Settings → Organisation)', 'Indirizzo dell’organizzazione (Impostazioni → Organizzazione)'),
  'organisation.dpoName': settings('DPO name (Settings → Organisation)', 'Nome dell’RPD (Impostazioni → Organizzazione)'),
  'organisation.dpoEmail': settings('DPO e-mail (Settings → Organisation)', 'E-mail dell’RPD (Impostazioni → Organizzazione)'),
  'organisation.dpoPhone': settings('DPO telephone (Settings → Organisation)', 'Telefono dell’RPD (Impostazioni → Organizzazione)'),
  'organisation.vatNumber': settings('VAT number (Settings → Organisation)', 'Partita IVA (Impostazioni → Organizzazione)'),
  'organisation.pec': settings('Certified e-mail, PEC (Settings → Organisation)', 'Posta elettronica certificata, PEC (Impostazioni → Organizzazione)'),
  'organisation.email': settings('Organisation e-mail (Settings → Organisation)', 'E-mail dell’organizzazione (Impostazioni → Organizzazione)'),
  'organisation.phone': settings('Organisation telephone (Settings → Organisation)', 'Telefono dell’organizzazione (Impostazioni → Organizzazione)'),
  'organisation.privacyPolicyUrl': settings('Privacy policy web address (Settings → Organisation)', 'Indirizzo web dell’informativa privacy (Impostazioni → Organizzazione)'),
  'ccpa.sellsOrShares': settings('Whether the organisation sells or shares personal information, CCPA (Settings → Organisation)', 'Se l’organizzazione vende o condivide dati personali, CCPA (Impostazioni → Organizzazione)'),
  'ccpa.optOutNoticeUrl': settings('Notice of Right to Opt-out web address, CCPA (Settings → Organisation)', 'Indirizzo web dell’avviso sul diritto di opposizione, CCPA (Impostazioni → Organizzazione)'),
  'authority.name': settings('Supervisory authority name (Settings → Organisation)', 'Nome dell’autorità di controllo (Impostazioni → Organizzazione)'),
  'authority.address': settings('Supervisory authority address (Settings → Organisation)', 'Indirizzo dell’autorità di controllo (Impostazioni → Organizzazione)'),
  'authority.website': settings('Supervisory authority website (Settings → Organisation)', 'Sito web dell’autorità di controllo (Impostazioni → Organizzazione)'),
  'complaint.authority': settings('Supervisory authority for complaints, Art. 77 (Settings → Organisation: authority name)', 'Autorità di controllo per i reclami, art. 77 (Impostazioni → Organizzazione: nome dell’autorità)'),
  'letter.date': fromCase('Date of the letter', 'Data della lettera'),
  'law.short': fromCase('Law', 'Normativa'),
  'law.outsideArea': fromCase('Territory of the law', 'Territorio della normativa'),
  'law.monthRule': fromCase('Provisions giving the one month to answer', 'Norme sul termine di un mese per rispondere'),
  'ack.lapsedOn': fromCase('Day the period to answer ran out (a late acknowledgement)', 'Giorno in cui è scaduto il termine per rispondere (conferma di ricezione tardiva)'),
  'ack.pauseAskedOn': fromCase('Day we asked for what stopped the clock (identity, fee or clarification; UK GDPR Art. 12A)', 'Giorno in cui abbiamo chiesto ciò che ha sospeso il termine (identità, contributo o chiarimenti; art. 12A UK GDPR)'),
  'ack.pauseEndedOn': fromCase('Day what stopped the clock arrived (UK GDPR Art. 12A)', 'Giorno in cui è arrivato ciò che ha sospeso il termine (art. 12A UK GDPR)'),
  'request.reference': fromCase('Request reference', 'Riferimento della richiesta'),
  'request.receivedDate': fromCase('Date the request was received', 'Data di ricevimento della richiesta'),
  'request.types': fromCase('What the request asks for', 'Oggetto della richiesta'),
  'request.typesForClient': fromCase('What the request asks for, named for the client', 'Oggetto della richiesta, come indicato al cliente'),
  'subject.name': fromCase('Data subject’s name', 'Nome dell’interessato'),
  'recipient.name': fromCase('Recipient’s name (the person, or whoever acts for them)', 'Nome del destinatario (l’interessato o chi agisce per suo conto)'),
  'recipient.contact': fromCase('Recipient’s postal or e-mail address (the request’s contact details)', 'Indirizzo postale o e-mail del destinatario (recapiti della richiesta)'),
  ...SUBJECT_VOICE_FIELDS,
  'deadlines.due': fromCase('Legal deadline (not set while the clock is stopped)', 'Termine di legge (non fissato mentre il termine è sospeso)'),
  'deadlines.originalDue': fromCase('Original legal deadline', 'Termine di legge originario'),
  'deadlines.extendedDue': fromCase('Extended deadline (extend the request first)', 'Termine prorogato (prima proroga la richiesta)'),
  'refusal.ground': fromCase('Refusal ground (close the request as refused, with its ground)', 'Motivo del rifiuto (chiudi la richiesta come rifiutata, con il motivo)'),
  'client.name': fromCase('The client, controller of the data (Clients)', 'Il cliente, titolare del trattamento (Clienti)'),
  'client.contact': fromCase('The client’s privacy contact (Clients)', 'Il referente privacy del cliente (Clienti)'),
  'forward.by': fromCase('Date the request must be forwarded to the client by (the client’s contract)', 'Data entro cui inoltrare la richiesta al cliente (contratto del cliente)'),
  'forward.on': fromCase('Date the request was forwarded to the client (recorded on the request)', 'Data in cui la richiesta è stata inoltrata al cliente (registrata sulla richiesta)'),
  'forward.earlier': fromCase('Date of the recorded forwarding, when the notice is dated after it (it then confirms it)', 'Data dell’inoltro registrato, se la comunicazione è datata dopo (ne è allora la conferma)'),
  'forward.holdingSentOn': fromCase('Date the holding reply was sent to the person (recorded as sent)', 'Data di invio della risposta interlocutoria all’interessato (registrata come inviata)'),
  'forward.held': input('list', 'What we hold about the person on the client’s behalf', 'Che cosa trattiamo sulla persona per conto del cliente'),
  'forward.needed': input('text', 'What we need from the client (instructions, who answers)', 'Che cosa ci serve dal cliente (istruzioni, chi risponde)'),
  'identity.needed': input('text', 'What we need to confirm identity', 'Cosa serve per verificare l’identità'),
  'identity.reason': input('text', 'Why identity must be confirmed', 'Perché occorre verificare l’identità'),
  'identity.newDoubts': input(
    'text',
    'What has given new doubts about an identity already verified (only when the register records it verified or not needed)',
    'Che cosa ha fatto sorgere nuovi dubbi su un’identità già verificata (solo se il registro la indica come verificata o non necessaria)',
  ),
  // Ordinance Art. 18(2) (DSV, SR 235.11): past the 30 days the FADP identity letter still says by when the information will come (eleventh review, L6); the number is the DPO's.
  'identity.laterDays': choice(
    Object.fromEntries([5, 10, 15, 20, 30].map((n) => [String(n), { en: `${n} days`, it: `${n} giorni` }])),
    'FADP, past the 30 days: within how many days of receiving what is asked we will answer (Ordinance Art. 18(2))',
    'LPD, scaduti i 30 giorni: entro quanti giorni dal ricevimento di quanto chiesto risponderemo (art. 18, cpv. 2, dell’ordinanza)',
  ),
  'ack.answerBy': input('date', 'Date by which we will now answer (only when the acknowledgement comes after the period to answer ran out)', 'Data entro cui risponderemo ora (solo se la conferma arriva dopo la scadenza del termine per rispondere)'),
  'extension.reasons': input('text', 'Reasons for the extension', 'Motivi della proroga'),
  'access.purposes': input('list', 'Purposes of the processing (Art. 15(1)(a))', 'Finalità del trattamento (art. 15, par. 1, lett. a)'),
  'access.categories': input('list', 'Categories of personal data (Art. 15(1)(b))', 'Categorie di dati personali (art. 15, par. 1, lett. b)'),
  'access.recipients': input('list', 'Recipients or categories of recipients (Art. 15(1)(c))', 'Destinatari o categorie di destinatari (art. 15, par. 1, lett. c)'),
  'access.transfers': input('text', 'Transfers to third countries and safeguards (Art. 15(2)), or that there are none', 'Trasferimenti verso paesi terzi e garanzie (art. 15, par. 2), o che non ve ne sono'),
  'access.retention': input('text', 'Retention period or criteria (Art. 15(1)(d))', 'Periodo di conservazione o criteri (art. 15, par. 1, lett. d)'),
  'access.source': input('text', 'Source of the data (Art. 15(1)(g))', 'Origine dei dati (art. 15, par. 1, lett. g)'),
  'access.automatedDecisions': input('text', 'Automated decisions and their logic (Art. 15(1)(h)), or that there are none', 'Decisioni automatizzate e loro logica (art. 15, par. 1, lett. h), o che non ve ne sono'),
  'access.enclosures': input('list', 'Enclosures (the copy of the data)', 'Allegati (copia dei dati)'),
  'access.withheld': input('list', 'What is withheld from the copy (Art. 15(4))', 'Che cosa è escluso dalla copia (art. 15, par. 4)'),
  'access.withheldReasons': input('text', 'Why it is withheld (rights of others, exemption)', 'Perché è escluso (diritti altrui, eccezione)'),
  ...PORTABILITY_FIELDS,
  'nodata.searched': input('list', 'Records and systems searched', 'Archivi e sistemi consultati'),
  'ccpa.categoriesCollected': input('text', 'Categories of personal information collected (§7024(k))', 'Categorie di dati personali raccolti (§7024(k))'),
  'ccpa.sources': input('text', 'Categories of sources (§7024(k))', 'Categorie di fonti (§7024(k))'),
  'ccpa.purposes': input('text', 'Business or commercial purposes (§7024(k))', 'Finalità aziendali o commerciali (§7024(k))'),
  'ccpa.thirdParties': input('text', 'Categories of third parties it is disclosed to (§7024(k))', 'Categorie di terzi destinatari (§7024(k))'),
  'ccpa.soldShared': input('text', 'Categories sold or shared, and to whom (§7024(k))', 'Categorie vendute o condivise e destinatari (§7024(k))'),
  'ccpa.disclosedBusiness': input('text', 'Categories disclosed for a business purpose, and to whom (§7024(k))', 'Categorie comunicate per finalità aziendali e destinatari (§7024(k))'),
  'confirms.title': fromCase('What the confirmation confirms, as its title names it (opt-out, limit)', 'Che cosa conferma la lettera, come lo indica il titolo (opposizione, limitazione)'),
  'confirms.subject': fromCase('What the confirmation confirms, as its subject line names it (opt-out, limit)', 'Che cosa conferma la lettera, come lo indica l’oggetto (opposizione, limitazione)'),
  // CCPA regs § 7026(f)(2)–(3): the third parties that received the information after the request, before the stop, are told to comply and pass it on (review 7, G13).
  'ccpa.thirdPartiesTold': choice(
    { notified: { en: 'third parties told', it: 'terzi informati' }, none: { en: 'no third party to tell', it: 'nessun terzo da informare' } },
    'CCPA § 7026(f)(2)–(3): notified (the third parties that received the information after the request, before the stop, were told) or none (no sale or sharing in that time); optional',
    'CCPA § 7026(f)(2)–(3): notified (i terzi che hanno ricevuto i dati dopo la richiesta e prima dell’interruzione sono stati informati) o none (nessuna vendita o condivisione in quel periodo); facoltativo',
  ),
  'action.date': input('date', 'Date the action was taken', 'Data in cui è stata eseguita l’azione'),
  'action.details': input('text', 'What was done (optional)', 'Cosa è stato fatto (facoltativo)'),
  'action.otherBasis': input(
    'text',
    'What goes on on another legal basis, and that basis, without a verb: the letter says “We continue to process only the following” before it (e.g. “the invoices of your subscription — legal obligation”; optional)',
    'Che cosa prosegue su un’altra base giuridica, e quale, senza verbo: la lettera premette «Proseguiamo soltanto i seguenti trattamenti» (es. «le fatture del Suo abbonamento — obbligo di legge»; facoltativo)',
    CONTINUES_LEAD_IN,
  ),
  'action.retained': input('text', 'Data kept and why (needed when part of the data was not erased)', 'Dati conservati e perché (necessari se parte dei dati non è stata cancellata)'),
  // Printed inside the sentence ("We have not rectified {{partial.withheld}}, because…"): read as a list (review 7, G17).
  'partial.withheld': { ...input('text', 'What was not done (the request was partly fulfilled)', 'Che cosa non è stato fatto (richiesta accolta in parte)'), items: true },
  'partial.reasons': input('text', 'Why not: the exception or the law', 'Perché: l’eccezione o la norma applicata'),
  ...RECIPIENTS_FIELDS,
  ...OBJECTION_FIELDS,
  'refusal.explanation': input('text', 'Explanation of the refusal', 'Spiegazione del rifiuto'),
  'refusal.prejudice': input(
    'list',
    'Art. 2-undecies(1) refusal: for each right refused, why exercising it would cause actual and concrete prejudice, one line each as "right: why"',
    'Rifiuto ex art. 2-undecies, comma 1: per ciascun diritto rifiutato, perché il suo esercizio arrecherebbe un pregiudizio effettivo e concreto, una riga ciascuno nella forma "diritto: perché"',
  ),
  'refusal.prejudiceByRight': fromCase(
    'Why exercising each right refused would cause actual and concrete prejudice: a line "right: why" for every right the request exercises (fill refusal.prejudice)',
    'Perché l’esercizio di ciascun diritto rifiutato arrecherebbe un pregiudizio effettivo e concreto: una riga "diritto: perché" per ogni diritto esercitato con la richiesta (compila refusal.prejudice)',
  ),
  'refusal.limitationUntil': input('text', 'Art. 2-undecies refusal: how long the restriction lasts (e.g. until the proceedings end)', 'Rifiuto ex art. 2-undecies: per quanto tempo vale la limitazione (es. fino alla conclusione del giudizio)'),
  'ccpa.details': input('text', 'What we did and the information given', 'Cosa abbiamo fatto e le informazioni fornite'),
  ...CCPA_KNOW_FIELDS,
  // Printed under their own heading, which the confirming sentence then names; without them the sentence refers to nothing below (review 4, D21).
  'ccpa.deleted': input('text', 'What we deleted (optional: printed under its own heading)', 'Che cosa abbiamo cancellato (facoltativo: stampato sotto un proprio titolo)'),
  'ccpa.corrected': input('text', 'What we corrected (optional: printed under its own heading)', 'Che cosa abbiamo rettificato (facoltativo: stampato sotto un proprio titolo)'),
  'denial.reasons': input('text', 'Reasons for the denial', 'Motivi del diniego'),
  ...CCPA_DENIAL_FIELDS,
  ...LGPD_FIELDS,
  ...PIPEDA_FIELDS,
  ...FADP_FIELDS,
  ...EXEMPTION_FIELDS,
  ...DPA_FIELDS,
  ...BREACH_FIELDS,
};

/** The condition flags a request's letters can test. */
export const REQUEST_FLAGS = [
  'regime.gdpr',
  'regime.ukGdpr',
  'regime.ccpa',
  'regime.euOrUk',
  'regime.lgpd',
  'regime.pipeda',
  'regime.chFadp',
  'request.byAgent',
  'request.ccpaAgent',
  'request.byParent',
  'request.agentPermission',
  'request.agentPermissionMissing',
  'request.ccpaVerifiable',
  'request.ccpaOptOut',
  'request.ccpaMixed',
  'request.hasKnow',
  'request.hasPortability',
  'ack.late',
  'request.extended',
  'request.pastDue',
  'request.hasDelete',
  'request.hasCorrect',
  'request.hasSaleOptOut',
  'request.hasLimit',
  'request.immediate',
  'outcome.partial',
  'outcome.noData',
  'ccpa.sells',
  'ccpa.sellsUnknown',
  'request.immediateMarketing',
  'request.immediateConsent',
  'action.delayed',
  'identity.verified',
  'identity.settled',
  'identity.clockStopped',
  'identity.byParent',
  'nodata.dataRightsOnly',
  'ack.restartIdentity',
  'ack.restartFee',
  'ack.pausedClarification',
  'identity.idCopy',
  'refusal.exemption',
  'refusal.erasureException',
  'controller.italian',
] as const;

/** How many days after the document's date the example day of a field's name falls. */
const EXAMPLE_DAYS_AHEAD = 3;

/**
 * A field's name in a language; with the document's date (`YYYY-MM-DD`), followed by its
 * example, if it has one, on a day after that date ("When the rest will follow (e.g. by
 * 7 December 2026, 12:00)"), so the example is never a day already past (review 4, D27 b).
 */
export function labelOn(entry: CatalogueEntry, language: LetterLanguage, documentDate: string | null): string {
  if (!entry.example || documentDate === null) return entry.label[language];
  const example = entry.example[language].replace('{{day}}', formatCivilDate(addDays(documentDate, EXAMPLE_DAYS_AHEAD), language));
  return `${entry.label[language]} (${language === 'it' ? elideItalianArticles(example) : example})`;
}

const labelsOn = (entry: CatalogueEntry, documentDate: string | null): Localised => ({ en: labelOn(entry, 'en', documentDate), it: labelOn(entry, 'it', documentDate) });

/** The catalogue entry for a key, as the API names it. */
export function describeField(key: string): LetterField {
  const entry = FIELD_CATALOGUE[key];
  if (!entry) throw new Error(`Unknown letter field ${key}`);
  return { key, label: entry.label, source: entry.source };
}

/** The editable-field spec for an input key of a template, its example (if any) dated after `documentDate`. */
export function describeInput(key: string, required: boolean, documentDate: string | null): LetterInputSpec {
  const entry = FIELD_CATALOGUE[key];
  if (!entry || entry.source !== 'input' || !entry.type) throw new Error(`${key} is not a letter input`);
  return { key, label: labelsOn(entry, documentDate), source: 'input', type: entry.type, required, ...(entry.options ? { options: entry.options } : {}) };
}

/** True when a value counts as given: non-blank text, a list with a non-blank item, or true. */
export function isFilled(value: FieldValue | undefined): boolean {
  if (value === null || value === undefined || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some((v) => v.trim() !== '');
  return true;
}
