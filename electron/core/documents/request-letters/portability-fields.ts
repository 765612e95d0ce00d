import type { DocumentKind, LetterLanguage } from '../../../shared/document-contract';
import type { RequestDetail } from '../../../shared/requests';
import { choice, fromCase, input, type CatalogueEntry } from '../letters/catalogue-entry';
import { subjectVoice } from './subject-voice';
import type { FieldValues } from '../letters/field-catalogue';

/**
 * Art. 20(2) GDPR and UK GDPR: the data may be transmitted directly to another controller
 * where technically feasible; the letter says it was done, offers it, or says why it cannot be.
 */
const TRANSMISSION = {
  done: { en: 'transmitted to the controller named', it: 'trasmessi al titolare indicato' },
  offered: { en: 'offered on request', it: 'offerta su richiesta' },
  'not-feasible': { en: 'not technically feasible', it: 'non tecnicamente fattibile' },
};

/** The inputs of the answer to a portability request (Art. 20), alone or as a section of the access response. */
export const PORTABILITY_FIELDS: Record<string, CatalogueEntry> = {
  'access.rightsAsked': fromCase('What the request asks for, as the subject names it (access, portability)', 'Oggetto della richiesta, come lo indica l’oggetto della lettera (accesso, portabilità)'),
  'portability.data': input(
    'list',
    'Data given under portability: what the person provided, processed by automated means on consent or contract (Art. 20(1))',
    'Dati forniti per la portabilità: quelli forniti dall’interessato e trattati con mezzi automatizzati sulla base del consenso o di un contratto (art. 20, par. 1)',
  ),
  'portability.format': input(
    'text',
    'Format the data is given in, structured, commonly used and machine-readable (Art. 20(1); e.g. CSV, JSON)',
    'Formato in cui sono forniti i dati, strutturato, di uso comune e leggibile da dispositivo automatico (art. 20, par. 1; es. CSV, JSON)',
  ),
  'portability.transmission': choice(
    TRANSMISSION,
    'Art. 20(2), direct transmission to another controller: transmitted (name the controller below), offered on request (where technically feasible) or not technically feasible (give the reason below)',
    'Art. 20, par. 2, trasmissione diretta a un altro titolare: eseguita (indica sotto il titolare), offerta su richiesta (se tecnicamente fattibile) o non tecnicamente fattibile (indica sotto il motivo)',
  ),
  'portability.recipient': input('text', 'Controller the data was transmitted to (Art. 20(2); when done)', 'Titolare cui sono stati trasmessi i dati (art. 20, par. 2; se eseguita)'),
  'portability.transmittedOn': input('date', 'Day the data was transmitted to the other controller (Art. 20(2); when nothing is enclosed)', 'Giorno in cui i dati sono stati trasmessi all’altro titolare (art. 20, par. 2; se nulla è allegato)'),
  'portability.notFeasibleReason': input(
    'text',
    'Why direct transmission to the other controller is not technically feasible (Art. 20(2); when not feasible)',
    'Perché la trasmissione diretta all’altro titolare non è tecnicamente fattibile (art. 20, par. 2; se non fattibile)',
  ),
};

/** What an access response's subject names, per language and letter, around whose data it is ("your personal data", or the represented person's: review 7, G18): access alone, or access and portability. */
const RIGHTS_ASKED: Partial<Record<DocumentKind, Record<LetterLanguage, { alone: (data: string) => string; both: (data: string) => string }>>> = {
  'access-response': {
    en: { alone: (data) => `access to ${data}`, both: (data) => `access to ${data} and its portability` },
    it: { alone: (data) => `accesso ai ${data}`, both: (data) => `accesso ai ${data} e portabilità dei dati` },
  },
  'access-partial': {
    en: { alone: (data) => `access to ${data}, in part`, both: (data) => `access to ${data}, in part, and its portability` },
    it: { alone: (data) => `accesso parziale ai ${data}`, both: (data) => `accesso parziale ai ${data} e portabilità dei dati` },
  },
};

/**
 * A request for access and portability is answered by one letter, the access response (or
 * the partial one), whose subject and opening name both rights and whose portability section
 * gives the data in a machine-readable format and the direct transmission (Art. 20(1)–(2));
 * Art. 12(3) wants the action taken on each right the person exercised (review 7, G1).
 */
export function portabilityFields(detail: RequestDetail, kind: DocumentKind, language: LetterLanguage): FieldValues {
  const portability = detail.types.includes('portability');
  const words = RIGHTS_ASKED[kind]?.[language];
  const data = String(subjectVoice(detail, language, null)['subject.personalData']);
  return { 'request.hasPortability': portability, 'access.rightsAsked': words ? (portability ? words.both(data) : words.alone(data)) : null };
}

/** Why the portability letter does not fit: on a request for access too, the access response answers both. */
export function portabilityAnsweredByAccess(detail: RequestDetail, kind: DocumentKind): boolean {
  return kind === 'portability-response' && detail.types.includes('access');
}
