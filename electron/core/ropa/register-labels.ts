import type { Art9Condition, DpiaStatus, GaranteDpiaItem, LegalBasis, SccModule, TransferGround, Wp248Criterion } from '../../shared/registers';

type Language = 'en' | 'it';
type Labels<K extends string> = Record<K, Record<Language, string>>;

/** Art. 6(1) bases as a letter or the exported register names them. */
export const LEGAL_BASIS_LABELS: Labels<LegalBasis> = {
  consent: { en: 'consent (Art. 6(1)(a))', it: 'consenso (art. 6, par. 1, lett. a)' },
  contract: { en: 'performance of a contract (Art. 6(1)(b))', it: 'esecuzione di un contratto (art. 6, par. 1, lett. b)' },
  'legal-obligation': { en: 'legal obligation (Art. 6(1)(c))', it: 'obbligo legale (art. 6, par. 1, lett. c)' },
  'vital-interests': { en: 'vital interests (Art. 6(1)(d))', it: 'interessi vitali (art. 6, par. 1, lett. d)' },
  'public-task': { en: 'public task (Art. 6(1)(e))', it: 'compito di interesse pubblico (art. 6, par. 1, lett. e)' },
  'legitimate-interests': { en: 'legitimate interests (Art. 6(1)(f))', it: 'legittimo interesse (art. 6, par. 1, lett. f)' },
};

export const ART9_LABELS: Labels<Art9Condition> = {
  'explicit-consent': { en: 'explicit consent (Art. 9(2)(a))', it: 'consenso esplicito (art. 9, par. 2, lett. a)' },
  'employment-social-security': { en: 'employment and social security law (Art. 9(2)(b))', it: 'diritto del lavoro e della sicurezza sociale (art. 9, par. 2, lett. b)' },
  'vital-interests': { en: 'vital interests (Art. 9(2)(c))', it: 'interessi vitali (art. 9, par. 2, lett. c)' },
  'not-for-profit-body': { en: 'not-for-profit body (Art. 9(2)(d))', it: 'organismo senza scopo di lucro (art. 9, par. 2, lett. d)' },
  'made-public': { en: 'made public by the person (Art. 9(2)(e))', it: 'resi pubblici dall’interessato (art. 9, par. 2, lett. e)' },
  'legal-claims': { en: 'legal claims (Art. 9(2)(f))', it: 'diritti in sede giudiziaria (art. 9, par. 2, lett. f)' },
  'substantial-public-interest': { en: 'substantial public interest (Art. 9(2)(g))', it: 'interesse pubblico rilevante (art. 9, par. 2, lett. g)' },
  'health-or-social-care': { en: 'health or social care (Art. 9(2)(h))', it: 'assistenza sanitaria o sociale (art. 9, par. 2, lett. h)' },
  'public-health': { en: 'public health (Art. 9(2)(i))', it: 'sanità pubblica (art. 9, par. 2, lett. i)' },
  'archiving-research-statistics': { en: 'archiving, research or statistics (Art. 9(2)(j))', it: 'archiviazione, ricerca o statistica (art. 9, par. 2, lett. j)' },
};

export const GROUND_LABELS: Labels<TransferGround> = {
  adequacy: { en: 'adequacy decision (Art. 45)', it: 'decisione di adeguatezza (art. 45)' },
  scc: { en: 'standard contractual clauses (Art. 46(2)(c))', it: 'clausole contrattuali tipo (art. 46, par. 2, lett. c)' },
  bcr: { en: 'binding corporate rules (Art. 47)', it: 'norme vincolanti d’impresa (art. 47)' },
  'code-or-certification': { en: 'code of conduct or certification (Art. 46(2)(e)–(f))', it: 'codice di condotta o certificazione (art. 46, par. 2, lett. e–f)' },
  'ad-hoc-clauses': { en: 'clauses authorised by the authority (Art. 46(3)(a))', it: 'clausole autorizzate dall’autorità (art. 46, par. 3, lett. a)' },
  derogation: { en: 'derogation for a specific situation (Art. 49)', it: 'deroga in situazioni specifiche (art. 49)' },
  none: { en: 'no safeguard recorded', it: 'nessuna garanzia registrata' },
};

export const SCC_MODULE_LABELS: Labels<SccModule> = {
  c2c: { en: 'module 1, controller to controller', it: 'modulo 1, da titolare a titolare' },
  c2p: { en: 'module 2, controller to processor', it: 'modulo 2, da titolare a responsabile' },
  p2p: { en: 'module 3, processor to processor', it: 'modulo 3, da responsabile a responsabile' },
  p2c: { en: 'module 4, processor to controller', it: 'modulo 4, da responsabile a titolare' },
};

export const DPIA_STATUS_LABELS: Labels<DpiaStatus> = {
  'not-screened': { en: 'not screened', it: 'non valutata' },
  'not-required': { en: 'not required', it: 'non necessaria' },
  required: { en: 'required', it: 'necessaria' },
  'in-progress': { en: 'in progress', it: 'in corso' },
  completed: { en: 'completed', it: 'completata' },
};

export const WP248_LABELS: Labels<Wp248Criterion> = {
  'evaluation-scoring': { en: 'evaluation or scoring', it: 'valutazione o assegnazione di un punteggio' },
  'automated-decision-legal-effect': { en: 'automated decisions with legal or similar effect', it: 'decisioni automatizzate con effetti giuridici o analoghi' },
  'systematic-monitoring': { en: 'systematic monitoring', it: 'monitoraggio sistematico' },
  'sensitive-data': { en: 'sensitive or highly personal data', it: 'dati sensibili o di natura estremamente personale' },
  'large-scale': { en: 'data processed on a large scale', it: 'trattamento su larga scala' },
  'matching-combining': { en: 'matching or combining datasets', it: 'creazione di corrispondenze o combinazione di insiemi di dati' },
  'vulnerable-subjects': { en: 'data of vulnerable people', it: 'dati relativi a interessati vulnerabili' },
  'innovative-technology': { en: 'innovative use of technology', it: 'uso innovativo di soluzioni tecnologiche' },
  'prevents-exercising-rights': { en: 'prevents people from exercising a right or using a service', it: 'impedisce di esercitare un diritto o di avvalersi di un servizio' },
};

/** The Garante's Annex 1 items (Provv. 467/2018), numbered as the Annex numbers them, in the Annex's terms. */
export const GARANTE_LABELS: Labels<GaranteDpiaItem> = {
  'large-scale-scoring-profiling': { en: '1. large-scale evaluation or scoring, profiling and prediction', it: '1. trattamenti valutativi o di scoring su larga scala, profilazione e attività predittive' },
  'automated-decisions-legal-effect': { en: '2. automated decisions with legal or similarly significant effects', it: '2. decisioni automatizzate con effetti giuridici o che incidono in modo analogo significativamente' },
  'systematic-monitoring': { en: '3. systematic observation, monitoring or control, including over networks', it: '3. osservazione, monitoraggio o controllo sistematico, anche tramite reti' },
  'highly-personal-data-large-scale': { en: '4. highly personal data on a large scale', it: '4. dati di carattere estremamente personale su larga scala' },
  'employee-remote-monitoring': { en: '5. technology allowing remote monitoring of employees', it: '5. sistemi tecnologici che consentono il controllo a distanza dei dipendenti' },
  'vulnerable-subjects-non-occasional': { en: '6. non-occasional processing of vulnerable people’s data', it: '6. trattamenti non occasionali di dati di soggetti vulnerabili' },
  'innovative-technology': { en: '7. innovative technologies, with another WP248 criterion', it: '7. tecnologie innovative, con almeno un altro criterio WP248' },
  'large-scale-exchange-between-controllers': { en: '8. large-scale electronic exchange between controllers', it: '8. scambio telematico di dati su larga scala tra titolari' },
  'interconnection-combination': { en: '9. interconnection, combination or comparison of information', it: '9. interconnessione, combinazione o raffronto di informazioni' },
  'special-categories-interconnected': { en: '10. Art. 9 or 10 data interconnected with data collected for other purposes', it: '10. dati ex artt. 9 o 10 interconnessi con dati raccolti per finalità diverse' },
  'biometric-systematic': { en: '11. systematic processing of biometric data', it: '11. trattamenti sistematici di dati biometrici' },
  'genetic-systematic': { en: '12. systematic processing of genetic data', it: '12. trattamenti sistematici di dati genetici' },
};

/** A transfer's safeguard in words: the ground, the SCC module where there is one, and the detail. */
export function safeguardText(t: { ground: TransferGround; sccModule: SccModule | null; groundDetail: string }, language: Language): string {
  const parts = [GROUND_LABELS[t.ground][language], t.sccModule ? SCC_MODULE_LABELS[t.sccModule][language] : null, t.groundDetail || null];
  return parts.filter((p): p is string => p !== null && p !== '').join(', ');
}
