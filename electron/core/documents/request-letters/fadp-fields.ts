import { choice, input, type CatalogueEntry } from '../letters/catalogue-entry';

/**
 * The DPO's inputs of the Swiss FADP letters (Federal Act on Data Protection, SR 235.1): the
 * information Art. 25(2) lists for every access response (the purpose, the retention period or
 * its criteria, the source when not collected from the person, an automated individual decision
 * and its logic, the recipients, and the States abroad with their guarantees, Art. 19(4)); the
 * data themselves go in the enclosures. A refusal or restriction names its Art. 26 ground and
 * says why (Art. 26(4)): of Art. 26(1)(c) the one limb that applies (a purpose contrary to data
 * protection, or a querulous request), and of Art. 26(2)(a) the condition on the data withheld.
 * The Italian follows the words of the LPD's Italian text (RS 235.1).
 */
const RESTRICTION_GROUNDS = {
  law: { en: 'a formal law provides for it, in particular to preserve professional secrecy (Art. 26(1)(a))', it: 'lo prevede una legge in senso formale, segnatamente per tutelare un segreto professionale (art. 26, cpv. 1, lett. a)' },
  'third-party': { en: 'overriding interests of third parties require it (Art. 26(1)(b))', it: 'lo esigono interessi preponderanti di terzi (art. 26, cpv. 1, lett. b)' },
  // Art. 26(1)(c) has two limbs: the letter states the one that applies, never both (ninth review, J1).
  'unjustified-purpose': {
    en: 'the request is obviously unjustified, because it pursues a purpose contrary to data protection (Art. 26(1)(c))',
    it: 'la domanda d’accesso è manifestamente infondata, perché persegue uno scopo contrario alla protezione dei dati (art. 26, cpv. 1, lett. c)',
  },
  querulous: { en: 'the request is obviously unjustified, because it is manifestly vexatious (Art. 26(1)(c))', it: 'la domanda d’accesso è manifestamente infondata, perché è querulosa (art. 26, cpv. 1, lett. c)' },
  'own-interest': {
    en: 'our own overriding interests require it and we do not disclose the data we withhold to third parties (Art. 26(2)(a))',
    it: 'lo esigono i nostri interessi preponderanti e non comunichiamo a terzi i dati che non forniamo (art. 26, cpv. 2, lett. a)',
  },
};

export const FADP_FIELDS: Record<string, CatalogueEntry> = {
  'fadp.purposes': input('list', 'Purpose of the processing (FADP Art. 25(2)(c))', 'Scopo del trattamento (LPD, art. 25, cpv. 2, lett. c)'),
  'fadp.retention': input('text', 'Retention period or the criteria for it (FADP Art. 25(2)(d))', 'Durata di conservazione o criteri per stabilirla (LPD, art. 25, cpv. 2, lett. d)'),
  'fadp.source': input('text', 'Source of the data not collected from the person, or that all came from them (FADP Art. 25(2)(e))', 'Provenienza dei dati non raccolti presso la persona, o che provengono tutti da lei (LPD, art. 25, cpv. 2, lett. e)'),
  'fadp.automated': input('text', 'Automated individual decisions and their logic, or that there are none (FADP Art. 25(2)(f))', 'Decisioni individuali automatizzate e loro logica, o che non ve ne sono (LPD, art. 25, cpv. 2, lett. f)'),
  'fadp.recipients': input('list', 'Recipients or categories of recipients (FADP Art. 25(2)(g))', 'Destinatari o categorie di destinatari (LPD, art. 25, cpv. 2, lett. g)'),
  'fadp.abroad': input(
    'text',
    'States or international bodies abroad the data are disclosed to, with the guarantees or the exception relied on, or that there are none (FADP Arts 25(2)(g), 19(4))',
    'Stati o organismi internazionali all’estero a cui i dati sono comunicati, con le garanzie o l’eccezione applicata, o che non ve ne sono (LPD, artt. 25, cpv. 2, lett. g, e 19, cpv. 4)',
  ),
  'fadp.ground': choice(
    RESTRICTION_GROUNDS,
    'Ground for refusing or restricting the information (FADP Art. 26)',
    'Motivo del rifiuto o della limitazione dell’informazione (LPD, art. 26)',
  ),
  'fadp.reasons': input('text', 'Why the ground applies here (FADP Art. 26(4))', 'Perché il motivo si applica in questo caso (LPD, art. 26, cpv. 4)'),
  // The notice of a later date (Ordinance Art. 18(2)): the day the information will be given, bound in the register once the notice is recorded sent within the 30 days.
  'fadp.laterDate': input('date', 'Date by which the information will be given (Data Protection Ordinance Art. 18(2))', 'Data entro cui sarà fornita l’informazione (ordinanza sulla protezione dei dati, art. 18, cpv. 2)'),
};

/**
 * The FADP response starts from the register's purposes, sources, recipients and retention, as
 * the GDPR access response does; the reasons of a refusal from those recorded when it was closed.
 */
export function fadpInputDefaults(register: Record<string, string | null>, refusedReason: string | null): Record<string, string | null> {
  return {
    'fadp.reasons': refusedReason,
    'fadp.purposes': register['access.purposes'] ?? null,
    'fadp.retention': register['access.retention'] ?? null,
    'fadp.source': register['access.source'] ?? null,
    'fadp.automated': register['access.automatedDecisions'] ?? null,
    'fadp.recipients': register['access.recipients'] ?? null,
  };
}
