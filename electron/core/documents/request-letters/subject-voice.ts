import type { LetterLanguage } from '../../../shared/document-contract';
import type { RequestDetail } from '../../../shared/requests';
import type { FieldValues } from '../letters/field-catalogue';

/**
 * How a request letter speaks of the person the request is about (review 7, G18). Written to the
 * person, the letter says "your personal data", "about you"; written to whoever acts for them (a
 * legal representative, an authorised agent, a parent or guardian: `requesterRelation` not
 * `self`), the data are not the reader's, so the letter names the person in the third person:
 * "Paola Neri’s personal data", "i dati personali di Paola Neri", "about Paola Neri". By name,
 * never "her" or "his" and never "Sig.ra" or "la Sua assistita": the register records neither a
 * gender nor a form of address, and a guess would be wrong for some (the same neutral choice as
 * the greeting of a notice to the people, "Gentile interessata, gentile interessato"). The values
 * for the person herself are the words the templates always had, so a request made by the person
 * reads exactly as before.
 */
export function subjectVoice(detail: RequestDetail, language: LetterLanguage, receivedDate: string | null): FieldValues {
  const self = detail.requesterRelation === 'self';
  const n = detail.subjectName;
  const parental = detail.requesterRelation === 'parent-guardian';
  const on = receivedDate ?? '';
  // The same keys in both languages (each template uses the same fields in each); the words are each language's.
  if (language === 'en') {
    return {
      // The subject line names whose request it is: the reader's, made for the person (the recipient block says "on behalf of" too).
      'request.yourRequestOf': receivedDate === null ? null : self ? `Your request of ${on}` : `Your request of ${on} made on behalf of ${n}`,
      'subject.personalData': self ? 'your personal data' : `${n}’s personal data`,
      // English has no shorter form of "your personal data" (Italian: "Suoi dati").
      'subject.data': self ? 'your personal data' : `${n}’s personal data`,
      'subject.concerning': self ? 'about you' : `about ${n}`,
      'subject.rights': self ? 'Your rights' : `${n}’s rights`,
      'subject.consent': self ? 'your consent' : `${n}’s consent`,
      'subject.has': self ? 'You have' : `${n} has`,
      'subject.hasAlso': self ? 'You also have' : `${n} also has`,
      'subject.residence': self ? 'you have your habitual residence' : `${n} is habitually resident`,
      'subject.identityCheck': self ? 'we need to confirm your identity' : `we need to confirm your authority to act for ${n}`,
      // What a representative shows for the power to act, asked in place of "your identity" (Art. 12(6) GDPR; EDPB Guidelines 01/2022 on the right of access, §§ 79–85; ICO guidance on requests made on behalf of others; CCPA regs § 7063 asks an agent alike for the consumer's signed permission).
      'subject.mandate': self ? null : parental ? `proof of the parental responsibility under which you act for ${n}` : `the written authorisation (a mandate or power of attorney) under which you act for ${n}`,
    };
  }
  return {
    'request.yourRequestOf': receivedDate === null ? null : self ? `Sua richiesta del ${on}` : `Sua richiesta del ${on} presentata per conto di ${n}`,
    'subject.personalData': self ? 'Suoi dati personali' : `dati personali di ${n}`,
    'subject.data': self ? 'Suoi dati' : `dati di ${n}`,
    'subject.concerning': self ? 'che La riguardano' : `che riguardano ${n}`,
    'subject.rights': self ? 'Suoi diritti' : `diritti di ${n}`,
    'subject.consent': self ? 'Suo consenso' : `consenso di ${n}`,
    'subject.has': self ? 'Ha' : `${n} ha`,
    'subject.hasAlso': self ? 'Ha inoltre' : `${n} ha inoltre`,
    'subject.residence': self ? 'Lei risiede abitualmente' : `${n} risiede abitualmente`,
    'subject.identityCheck': self ? 'verifica dell’identità' : `verifica del titolo ad agire per ${n}`,
    'subject.mandate': self
      ? null
      : parental
        ? `un documento che attesti la responsabilità genitoriale con cui agisce per ${n}`
        : `l’autorizzazione scritta (delega o procura) con cui agisce per ${n}`,
  };
}

/**
 * A label written to the person (a request type, a refusal ground) as a representative reads it:
 * the possessive of the data moved to the person ("access to your personal data" → "access to
 * Paola Neri’s personal data", "accesso ai Suoi dati personali" → "accesso ai dati personali di
 * Paola Neri"). The labels speak of the person only in these words, so one rule serves them all.
 */
export function labelForRepresentative(text: string, language: LetterLanguage, subjectName: string): string {
  if (language === 'en') return text.replace(/\byour (?=(?:sensitive )?personal (?:data|information)\b)/g, `${subjectName}’s `).replace(/\babout you\b/g, `about ${subjectName}`);
  return text
    .replace(/\bSuoi dati personali( sensibili)?/g, (_m, sensitive: string | undefined) => `dati personali${sensitive ?? ''} di ${subjectName}`)
    .replace(/\bche La riguardano\b/g, `che riguardano ${subjectName}`);
}
