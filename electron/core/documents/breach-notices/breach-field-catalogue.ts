import { choice, fromCase, input, settings, type CatalogueEntry } from '../letters/catalogue-entry';

const REGISTER = { en: 'breach register', it: 'registro delle violazioni' } as const;
const fact = (en: string, it: string) => fromCase(`${en} (${REGISTER.en})`, `${it} (${REGISTER.it})`);

/** The phases of Art. 33(4), named as the Garante's model names them. */
export const NOTICE_PHASES = {
  preliminary: { en: 'preliminary', it: 'preliminare' },
  complete: { en: 'complete', it: 'completa' },
  supplementary: { en: 'supplementary', it: 'integrativa' },
} as const;

/** The NIS2 reports of Directive (EU) 2022/2555 Art. 23(4)(a)–(d), named as D.Lgs. 138/2024 art. 25 names them. */
export const NIS2_PHASES = {
  'early-warning': { en: 'early warning', it: 'pre-notifica' },
  notification: { en: 'incident notification', it: 'notifica dell’incidente' },
  intermediate: { en: 'intermediate report', it: 'relazione intermedia' },
  final: { en: 'final report', it: 'relazione finale' },
} as const;
export type Nis2Phase = keyof typeof NIS2_PHASES;

/**
 * The fields breach notices print, each named for the DPO with where it is set: the breach
 * register's facts (so a missing one says what to record), and the notices' own inputs.
 * Flags such as `notice.late` are not listed: conditions test them, nothing prints them.
 */
export const BREACH_FIELDS: Record<string, CatalogueEntry> = {
  'breach.reference': fact('Breach reference', 'Riferimento della violazione'),
  'breach.title': fact('Breach title', 'Titolo della violazione'),
  'breach.description': fact('Description of the breach', 'Descrizione della violazione'),
  'breach.occurred': fact('When the breach occurred (from, to)', 'Quando si è verificata la violazione (dal, al)'),
  'breach.discoveredAt': fact('When the breach was discovered', 'Quando è stata scoperta la violazione'),
  'breach.awareAt': fact('When you became aware of the breach', 'Quando si è avuta conoscenza della violazione'),
  'breach.awareDate': fact('Date you became aware of the breach', 'Data in cui si è avuta conoscenza della violazione'),
  'breach.deadline': fact('Deadline for notifying the authority (72 hours)', 'Termine per la notifica all’autorità (72 ore)'),
  'breach.confidentiality': fact('Loss of confidentiality (triage facts)', 'Perdita di riservatezza (fatti del triage)'),
  'breach.integrity': fact('Loss of integrity (triage facts)', 'Perdita di integrità (fatti del triage)'),
  'breach.availability': fact('Loss of availability (triage facts)', 'Perdita di disponibilità (fatti del triage)'),
  'breach.cause': fact('Cause of the breach', 'Causa della violazione'),
  'breach.systems': fact('Systems and infrastructure involved', 'Sistemi e infrastrutture coinvolti'),
  'breach.processors': fact('Processors involved', 'Responsabili del trattamento coinvolti'),
  'breach.subjects': fact('Approximate number of people concerned (triage facts)', 'Numero approssimativo di interessati (fatti del triage)'),
  'breach.records': fact('Approximate number of records concerned', 'Numero approssimativo di registrazioni coinvolte'),
  'breach.subjectCategories': fact('Categories of people concerned', 'Categorie di interessati'),
  'breach.dataCategories': fact('Categories of personal data (triage facts)', 'Categorie di dati personali (fatti del triage)'),
  'breach.severity': fact('Severity (complete the triage facts)', 'Gravità (completa i fatti del triage)'),
  'breach.risk': fact('Risk to the people (complete the triage facts)', 'Rischio per gli interessati (completa i fatti del triage)'),
  'breach.subjectsCommunication': fact(
    'Communication to the people: record the decision on telling them, or the notice sent',
    'Comunicazione agli interessati: registra la decisione o la comunicazione inviata',
  ),
  'breach.crossBorder': fact('Other Member States concerned', 'Altri Stati membri interessati'),
  'breach.competentAuthorities': fact('Competent supervisory authority (triage facts: where)', 'Autorità di controllo competente (fatti del triage: dove)'),
  'breach.authorityBasis': fact('Why that authority (triage facts: where)', 'Perché quell’autorità (fatti del triage: dove)'),
  'breach.otherAuthorities': fact('Other authorities notified', 'Altre autorità informate'),
  'notice.previous': fact('Earlier notification to the authority (record it on the breach first)', 'Notifica precedente all’autorità (registrala prima sulla violazione)'),
  'notice.phase': choice(NOTICE_PHASES, 'Type of notification (preliminary, complete or supplementary)', 'Tipo di notifica (preliminare, completa o integrativa)'),
  'notice.changes': input('list', 'What this supplementary notification adds to or corrects in the earlier one', 'Che cosa aggiunge o rettifica questa notifica integrativa rispetto alla precedente'),
  'notice.ownSubjects': input('text', 'Approximate number of people whose data we control, when the breach also touches clients’ data', 'Numero approssimativo di interessati di cui siamo titolari, quando la violazione riguarda anche dati dei clienti'),
  'notice.ownRecords': input('text', 'Approximate number of records we control, when the breach also touches clients’ data', 'Numero approssimativo di registrazioni di cui siamo titolari, quando la violazione riguarda anche dati dei clienti'),
  'notice.ownSubjectCategories': input('list', 'Categories of people whose data we control, when the breach also touches clients’ data', 'Categorie di interessati di cui siamo titolari, quando la violazione riguarda anche dati dei clienti'),
  'notice.ownDataCategories': input('list', 'Categories of personal data we control, when the breach also touches clients’ data', 'Categorie di dati personali di cui siamo titolari, quando la violazione riguarda anche dati dei clienti'),
  'breach.clientNames': fact('Clients whose data the breach touches (breach roles)', 'Clienti i cui dati sono coinvolti (ruoli della violazione)'),
  'breach.discoveryMethod': input('text', 'How the breach was discovered (who noticed what, or which alert)', 'Come è stata scoperta la violazione (chi ha notato che cosa, o quale allarme)'),
  'breach.ongoing': input('text', 'Whether the breach is still ongoing (and since when it has ended)', 'Se la violazione è ancora in corso (o da quando è cessata)'),
  'breach.policeReport': input('text', 'Whether it was reported to the police or the judicial authority (when, to whom), or not', 'Se è stata sporta denuncia alle forze di polizia o all’autorità giudiziaria (quando, a chi), o no'),
  'notice.completeDelayReasons': input('text', 'Why the complete notification comes after the date the register set for it (Art. 33(4))', 'Motivi dei tempi della notifica completa, oltre la data prevista dal registro (art. 33, par. 4)'),
  'notice.preliminarySent': fact('The preliminary notification this one completes (record it on the breach)', 'La notifica preliminare che questa completa (registrala sulla violazione)'),
  'notice.followUpDue': fact('The date the register set for the complete notification', 'La data prevista dal registro per la notifica completa'),
  'notice.delayReasons': input('text', 'Reasons for the delay (Art. 33(1): notified after 72 hours)', 'Motivi del ritardo (art. 33, par. 1: notifica oltre le 72 ore)'),
  'notifier.name': input('text', 'Name of the person notifying (in a NIS2 report, the CSIRT contact, who signs it)', 'Nome di chi effettua la notifica (nella segnalazione NIS2, il referente CSIRT, che la firma)'),
  'notifier.role': input('text', 'Role of the person notifying', 'Ruolo di chi effettua la notifica'),
  'notifier.contact': input('text', 'Contact details of the person notifying', 'Recapiti di chi effettua la notifica'),
  'controller.taxCode': input('text', 'Controller’s tax code or VAT number (optional)', 'Codice fiscale o partita IVA del titolare (facoltativo)'),
  'breach.securityMeasures': input('text', 'Security measures in place before the breach', 'Misure di sicurezza in essere prima della violazione'),
  'breach.consequences': input('text', 'Likely consequences for the people', 'Probabili conseguenze per gli interessati'),
  'breach.measuresTaken': input('list', 'Measures taken to address the breach and mitigate its effects', 'Misure adottate per porre rimedio alla violazione e attenuarne gli effetti'),
  'breach.measuresProposed': input('list', 'Measures proposed (optional)', 'Misure proposte (facoltativo)'),
  'notice.greeting': input('text', 'Greeting (e.g. Dear Customer)', 'Formula di saluto (es. Gentile Cliente)'),
  'notice.whatHappened': input('text', 'What happened, in plain words for the people (not the register’s description), in the letter’s language', 'Che cosa è successo, in parole semplici per le persone (non la descrizione del registro), nella lingua della lettera'),
  'client.deadline': fact('Deadline to notify the client (processing agreement)', 'Termine per informare il cliente (accordo sul trattamento)'),
  'client.agreement': fact('Processing agreement with the client', 'Accordo sul trattamento con il cliente'),
  'client.previous': fact('Earlier notice to the client (record it on the breach)', 'Comunicazione precedente al cliente (registrala sulla violazione)'),
  'csirt.authority': settings('NIS2 CSIRT or authority (Settings → NIS2)', 'CSIRT o autorità NIS2 (Impostazioni → NIS2)'),
  'csirt.entityType': settings('NIS2 scope: essential or important entity (Settings → NIS2)', 'Ambito NIS2: soggetto essenziale o importante (Impostazioni → NIS2)'),
  'csirt.type': fact('Type of NIS2 report', 'Tipo di segnalazione NIS2'),
  'csirt.deadline': fact('When this NIS2 report is due', 'Termine di questa segnalazione NIS2'),
  'csirt.personalData': fact('Whether the incident is also a personal data breach', 'Se l’incidente è anche una violazione di dati personali'),
  'csirt.previous': fact('Earlier NIS2 reports (record them on the breach)', 'Segnalazioni NIS2 precedenti (registrale sulla violazione)'),
  'notice.client': input('text', 'Client the notice is for (name or id, as in the client register)', 'Cliente a cui è destinata la comunicazione (nome o id, come nel registro dei clienti)'),
  'client.subjects': input('text', 'Approximate number of the client’s people concerned', 'Numero approssimativo di interessati del cliente coinvolti'),
  'client.records': input('text', 'Approximate number of the client’s records concerned', 'Numero approssimativo di registrazioni del cliente coinvolte'),
  'client.subjectCategories': input('list', 'Categories of the client’s people concerned', 'Categorie di interessati del cliente coinvolti'),
  'client.dataCategories': input('list', 'Categories of the client’s personal data concerned', 'Categorie di dati personali del cliente coinvolti'),
  'notice.toFollow': input('list', 'What else will follow (the facts printed as not yet known are listed without it)', 'Che cos’altro sarà comunicato in seguito (i fatti indicati come non ancora noti sono elencati comunque)'),
  'notice.toFollowAll': fact('What is not yet known and will follow', 'Che cosa non è ancora noto e sarà comunicato in seguito'),
  'notice.clientUpdates': input('list', 'What this notice adds to or corrects in the earlier notice to the client', 'Che cosa aggiunge o rettifica questa comunicazione rispetto alla precedente al cliente'),
  'client.earlierNotice': fact('The earlier notice to the client (record it on the breach)', 'La comunicazione precedente al cliente (registrala sulla violazione)'),
  'notice.followUpBy': input('text', 'When the rest will follow (e.g. by 6 March 2026, 12:00)', 'Quando seguirà il resto (es. entro il 6 marzo 2026, ore 12:00)'),
  'csirt.phase': choice(NIS2_PHASES, 'NIS2 report (early warning, incident notification, intermediate or final report)', 'Segnalazione NIS2 (pre-notifica, notifica, relazione intermedia o finale)'),
  'csirt.malicious': input('text', 'Whether the incident is suspected to be caused by unlawful or malicious acts', 'Se si sospetta che l’incidente sia causato da atti illegittimi o malevoli'),
  'csirt.crossBorder': input('text', 'Whether the incident could have a cross-border impact', 'Se l’incidente può avere un impatto transfrontaliero'),
  'csirt.assessment': input('text', 'Initial assessment of the incident', 'Valutazione iniziale dell’incidente'),
  'csirt.impact': input('text', 'Severity and impact of the incident', 'Gravità e impatto dell’incidente'),
  'csirt.indicators': input('list', 'Indicators of compromise, where available', 'Indicatori di compromissione, ove disponibili'),
  'csirt.request': input('text', 'The CSIRT’s request for an intermediate report (date, reference)', 'Richiesta di relazione intermedia del CSIRT (data, riferimento)'),
  'csirt.updates': input('list', 'Relevant status updates since the last report', 'Aggiornamenti pertinenti della situazione dall’ultima segnalazione'),
  'csirt.rootCause': input('text', 'Type of threat or root cause that likely triggered the incident', 'Tipo di minaccia o causa di fondo che ha probabilmente innescato l’incidente'),
  'csirt.mitigation': input('list', 'Mitigation measures applied and ongoing', 'Misure di attenuazione adottate e in corso'),
  'notice.advice': input('list', 'What the people can do to protect themselves', 'Che cosa possono fare gli interessati per proteggersi'),
};
