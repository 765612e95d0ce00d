import { choice, fromCase, input, type CatalogueEntry } from '../letters/catalogue-entry';

/**
 * The DPO's inputs of the LGPD letters (Lei 13.709/2018; review 7, G2): the simplified
 * confirmation given at once (Art. 19, I), the clear and complete declaration within 15 days
 * (Art. 19, II: the origin of the data, the absence of record, the criteria used and the
 * purpose, trade and industrial secrets observed) and the reply when the controller cannot
 * act at once (Art. 18, § 4: not a processing agent, naming the agent where possible, or the
 * reasons of fact or law).
 */
const REPLY_GROUNDS = {
  'not-agent': { en: 'we are not a processing agent of the data (Art. 18, § 4, I)', it: 'non siamo agente di trattamento dei dati (art. 18, § 4, I)' },
  reasons: { en: 'reasons of fact or law prevent acting at once (Art. 18, § 4, II)', it: 'motivi di fatto o di diritto impediscono di procedere subito (art. 18, § 4, II)' },
};

export const LGPD_FIELDS: Record<string, CatalogueEntry> = {
  // One sentence in every LGPD letter (`lgpd-petition.ts`): the ANPD (Art. 18, § 1) or a consumer-protection body (§ 8).
  'lgpd.petition': fromCase('Where the person may petition: the ANPD or a consumer-protection body (LGPD Art. 18, §§ 1 and 8)', 'Dove l’interessato può presentare istanza: l’ANPD o un organismo di tutela dei consumatori (LGPD, art. 18, §§ 1 e 8)'),
  'lgpd.summary': input('list', 'Your personal data in brief, for the simplified confirmation (LGPD Art. 19, I; optional)', 'I dati personali in sintesi, per la conferma semplificata (LGPD, art. 19, I; facoltativo)'),
  'lgpd.origin': input('text', 'Origin of the data (LGPD Art. 19, II)', 'Origine dei dati (LGPD, art. 19, II)'),
  'lgpd.criteria': input('text', 'Criteria used in the processing (LGPD Art. 19, II)', 'Criteri utilizzati nel trattamento (LGPD, art. 19, II)'),
  'lgpd.purposes': input('list', 'Purposes of the processing (LGPD Art. 19, II)', 'Finalità del trattamento (LGPD, art. 19, II)'),
  'lgpd.secrets': input(
    'text',
    'What the declaration leaves out to protect commercial or industrial secrets (LGPD Art. 19, II; optional)',
    'Che cosa la dichiarazione non comprende a tutela dei segreti commerciali o industriali (LGPD, art. 19, II; facoltativo)',
  ),
  'lgpd.replyGround': choice(
    REPLY_GROUNDS,
    'Why the request cannot be acted on at once: we are not a processing agent of the data, or reasons of fact or law (given below) (LGPD Art. 18, § 4)',
    'Perché non si può dare seguito subito alla richiesta: non siamo agente di trattamento dei dati, o motivi di fatto o di diritto (indicati sotto) (LGPD, art. 18, § 4)',
  ),
  'lgpd.agent': input('text', 'The processing agent, where known, with its contact (LGPD Art. 18, § 4, I; optional)', 'L’agente di trattamento, se noto, con il suo recapito (LGPD, art. 18, § 4, I; facoltativo)'),
  'lgpd.reasons': input('text', 'The reasons of fact or law that prevent acting at once (LGPD Art. 18, § 4, II)', 'I motivi di fatto o di diritto che impediscono di procedere subito (LGPD, art. 18, § 4, II)'),
};
