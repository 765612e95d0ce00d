import type { LetterLanguage } from '../../../shared/document-contract';

/** The ANPD as the LGPD letters name it, with its Portuguese name and its site. */
const ANPD = {
  en: 'the Brazilian National Data Protection Authority (Autoridade Nacional de Proteção de Dados, ANPD, https://www.gov.br/anpd)',
  it: 'all’autorità nazionale brasiliana per la protezione dei dati (Autoridade Nacional de Proteção de Dados, ANPD, https://www.gov.br/anpd)',
} as const;

/**
 * The one sentence every LGPD letter closes its remedies with (review 8, H9; review 9, the
 * acknowledgement): the person may petition the ANPD against the controller about the
 * processing of their data (Art. 18, § 1, LGPD: "peticionar em relação aos seus dados contra o
 * controlador perante a autoridade nacional") or a consumer-protection body (Art. 18, § 8: the
 * same right "também poderá ser exercido perante os organismos de defesa do consumidor").
 * The right is the person's: to whoever acts for them (Art. 18, § 3, a legally constituted
 * representative) the letter names the person, who may petition directly or through the reader
 * ("anche tramite Lei", which the plural of courtesy turns into "Voi").
 */
export function lgpdPetition(language: LetterLanguage, subjectName: string | null): string {
  if (language === 'en') {
    const who = subjectName === null ? 'You may also petition' : `${subjectName} may also petition, directly or through you,`;
    const whose = subjectName === null ? 'your data' : `${subjectName}’s data`;
    return `${who} ${ANPD.en} against us about the processing of ${whose} (Article 18, § 1, LGPD), or petition a consumer-protection body (Article 18, § 8, LGPD).`;
  }
  const who = subjectName === null ? 'può inoltre presentare' : `${subjectName} può inoltre presentare, anche tramite Lei,`;
  const whose = subjectName === null ? 'dei Suoi dati' : `dei dati di ${subjectName}`;
  return `Ai sensi dell’art. 18, § 1, LGPD, ${who} nei nostri confronti un’istanza riguardo al trattamento ${whose} ${ANPD.it} o, ai sensi dell’art. 18, § 8, LGPD, a un organismo di tutela dei consumatori.`;
}
