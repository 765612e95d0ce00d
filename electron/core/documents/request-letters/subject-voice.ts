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
      // The CCPA's words ("personal information", "the consumer"): the consumer by name to an authorized agent (CCPA regs § 7063).
      'subject.personalInformation': self ? 'your personal information' : `${n}’s personal information`,
      'subject.sensitiveInformation': self ? 'your sensitive personal information' : `${n}’s sensitive personal information`,
      'subject.you': self ? 'you' : n,
      'subject.yourIdentity': self ? 'your identity' : `${n}’s identity`,
      'subject.yourRights': self ? 'your rights' : `${n}’s rights`,
      'subject.notDiscriminate': self ? 'We will not discriminate against you' : `We will not discriminate against ${n}`,
      'subject.optedOut': self ? 'you have opted out' : `${n} has opted out`,
      'subject.concerningOne': self ? 'about you' : `about ${n}`,
      // The consent was the person's, and so are the remedies against a decision (review 7, G18's remainder).
      'subject.hadGivenIt': self ? 'you had given it' : `${n} had given it`,
      'subject.objectedTo': self ? 'you objected to' : 'objected to',
      'subject.ifDisagree': self ? 'If you do not agree' : `If ${n} does not agree`,
      'subject.ifDisagreeMay': self ? 'If you disagree, you may' : `If ${n} disagrees, ${n} may`,
      'subject.hasTheRight': self ? 'you have the right' : `${n} has the right`,
      // The remedies are the person's: "If Paola Neri is not satisfied …, Paola Neri may file a complaint" (review 9, C).
      'subject.ifNotSatisfied': self ? 'If you are not satisfied' : `If ${n} is not satisfied`,
      'subject.ifDisagrees': self ? 'If you disagree' : `If ${n} disagrees`,
      'subject.may': self ? 'you may' : `${n} may`,
      'subject.mayAlso': self ? 'You may also' : `${n} may also`,
      // The data and the right to have them corrected are the person's; a representative asks for the person (eleventh review, L8).
      'subject.ifDataInaccurate': self ? 'If any of the data are inaccurate, you may ask us' : `If any of ${n}’s data are inaccurate, you may ask us, for ${n},`,
      // What a request to know, delete or correct must be verified for: made by the consumer, or by an agent with the consumer's signed permission (§§ 7060–7063).
      'subject.verifyWhat': self ? 'that it comes from you' : parental ? `that you are ${n}’s parent or legal guardian, and ${n}’s identity (sections 7060 to 7062 of the CCPA regulations)` : `${n}’s identity and that ${n} gave you permission to make it (section 7063 of the CCPA regulations)`,
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
    'subject.personalInformation': self ? 'Suoi dati personali' : `dati personali di ${n}`,
    'subject.sensitiveInformation': self ? 'Suoi dati personali sensibili' : `dati personali sensibili di ${n}`,
    'subject.you': self ? 'Lei' : n,
    'subject.yourIdentity': self ? 'la Sua identità' : `l’identità di ${n}`,
    'subject.yourRights': self ? 'i Suoi diritti' : `i diritti di ${n}`,
    'subject.notDiscriminate': self ? 'Non La discrimineremo in alcun modo' : `Non discrimineremo in alcun modo ${n}`,
    'subject.optedOut': self ? 'della Sua opposizione' : `dell’opposizione di ${n}`,
    'subject.concerningOne': self ? 'che La riguarda' : `che riguarda ${n}`,
    'subject.hadGivenIt': self ? 'lo aveva prestato' : `${n} lo aveva prestato`,
    'subject.objectedTo': self ? 'della Sua opposizione' : 'dell’opposizione',
    'subject.ifDisagree': self ? 'Se non è d’accordo' : `Se ${n} non è d’accordo`,
    // The name before "può" too: said of the person, the plural of courtesy leaves it alone ("…, potete proporre reclamo" otherwise).
    'subject.ifDisagreeMay': self ? 'Se non è d’accordo, può' : `Se ${n} non è d’accordo, ${n} può`,
    'subject.hasTheRight': self ? 'ha il diritto' : `${n} ha il diritto`,
    'subject.ifNotSatisfied': self ? 'Se non ritiene soddisfacente' : `Se ${n} non ritiene soddisfacente`,
    'subject.ifDisagrees': self ? 'Se non condivide' : `Se ${n} non condivide`,
    'subject.may': self ? 'può' : `${n} può`,
    'subject.mayAlso': self ? 'Può inoltre' : `${n} può inoltre`,
    'subject.ifDataInaccurate': self ? 'Se alcuni dati risultano inesatti, può chiederci' : `Se alcuni dati di ${n} risultano inesatti, può chiederci, per conto di ${n},`,
    'subject.verifyWhat': self ? 'che provenga da Lei' : parental ? `che Lei sia genitore o tutore legale di ${n}, e l’identità di ${n} (sezioni 7060–7062 del regolamento attuativo del CCPA)` : `l’identità di ${n} e che ${n} Le abbia dato il permesso di presentarla (sezione 7063 del regolamento attuativo del CCPA)`,
  };
}

/**
 * A label written to the person (a request type, a refusal ground) as a representative reads it:
 * the possessive of the data moved to the person ("access to your personal data" → "access to
 * Paola Neri’s personal data", "accesso ai Suoi dati personali" → "accesso ai dati personali di
 * Paola Neri"; the Art. 21(1) ground's "your interests, rights and freedoms"; the person's rights,
 * consent and recourse, "Your right to complain", "i Suoi diritti", "del Suo consenso", "il Suo diritto", "i mezzi di
 * tutela a Sua disposizione": review 9, C). The labels and
 * choices speak of the person only in these words, so one rule serves them all, and a letter to a
 * representative passes its composed text through it too (`address` in the request letter source).
 */
export function labelForRepresentative(text: string, language: LetterLanguage, subjectName: string): string {
  if (language === 'en') {
    return text
      .replace(/\b[Yy]our (?=(?:sensitive )?personal (?:data|information)\b|data\b|interests, rights and freedoms\b|rights?\b|consent\b|recourse\b|complaint\b|judicial remedy\b)/g, `${subjectName}’s `)
      .replace(/\bthe recourse you have\b/g, `the recourse ${subjectName} has`)
      .replace(/\babout you\b/g, `about ${subjectName}`);
  }
  return text
    .replace(/\bSuoi dati personali( sensibili)?/g, (_m, sensitive: string | undefined) => `dati personali${sensitive ?? ''} di ${subjectName}`)
    .replace(/\bsui Suoi interessi, diritti e libertà/g, `sugli interessi, i diritti e le libertà di ${subjectName}`)
    .replace(/\b(ai|dei|i) Suoi dati\b/g, (_m, article: string) => `${article} dati di ${subjectName}`)
    .replace(/\b(ai|dei|i|sui) Suoi diritti\b/g, (_m, article: string) => `${article} diritti di ${subjectName}`)
    .replace(/\b(il|del|al|dal|sul) Suo consenso\b/g, (_m, article: string) => `${article} consenso di ${subjectName}`)
    // "il Suo diritto di presentare reclamo" (the PIPEDA extension's complaint): the person's right (eleventh review, found by L1's sweep).
    .replace(/\b(il|del|al|dal|sul) Suo diritto\b/g, (_m, article: string) => `${article} diritto di ${subjectName}`)
    .replace(/\ba Sua disposizione\b/g, `a disposizione di ${subjectName}`)
    .replace(/\bche La riguardano\b/g, `che riguardano ${subjectName}`);
}
