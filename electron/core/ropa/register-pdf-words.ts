type Language = 'en' | 'it';

const WORDS = {
  title: { en: 'Record of processing activities', it: 'Registro delle attività di trattamento' },
  subtitle: { en: 'Art. 30 GDPR, with processors, transfers and DPIA screening', it: 'Art. 30 GDPR, con responsabili, trasferimenti e valutazione della necessità di DPIA' },
  organisation: { en: 'Controller', it: 'Titolare' },
  dpo: { en: 'Data protection officer', it: 'Responsabile della protezione dei dati' },
  asOf: { en: 'Register as of', it: 'Registro aggiornato al' },
  counts: { en: '{a} activities, {p} processors, {t} transfers', it: '{a} attività, {p} responsabili, {t} trasferimenti' },
  controllerSection: { en: 'Activities as controller (Art. 30(1))', it: 'Attività in qualità di titolare (art. 30, par. 1)' },
  processorSection: { en: 'Activities as processor (Art. 30(2))', it: 'Attività in qualità di responsabile (art. 30, par. 2)' },
  processorsSection: { en: 'Processors and sub-processors (Art. 28)', it: 'Responsabili e sub-responsabili (art. 28)' },
  transfersSection: { en: 'Transfers to third countries (Arts. 44–49)', it: 'Trasferimenti verso paesi terzi (artt. 44–49)' },
  measuresSection: { en: 'Technical and organisational measures (Art. 32)', it: 'Misure tecniche e organizzative (art. 32)' },
  none: { en: 'None recorded.', it: 'Nessuna voce registrata.' },
  continued: { en: '{s} (continued)', it: '{s} (segue)' },
  ref: { en: 'Ref.', it: 'Rif.' },
  activity: { en: 'Activity and owner', it: 'Trattamento e referente' },
  purposes: { en: 'Purposes and legal basis', it: 'Finalità e base giuridica' },
  subjects: { en: 'Data subjects', it: 'Interessati' },
  categories: { en: 'Categories of data', it: 'Categorie di dati' },
  recipients: { en: 'Recipients', it: 'Destinatari' },
  transfers: { en: 'Transfers', it: 'Trasferimenti' },
  retention: { en: 'Retention', it: 'Conservazione' },
  measures: { en: 'Measures', it: 'Misure' },
  dpia: { en: 'DPIA and review', it: 'DPIA e revisione' },
  controllers: { en: 'Controllers', it: 'Titolari' },
  processing: { en: 'Categories of processing', it: 'Categorie di trattamenti' },
  name: { en: 'Name', it: 'Nome' },
  service: { en: 'Service', it: 'Servizio' },
  country: { en: 'Country', it: 'Paese' },
  contract: { en: 'Art. 28 contract', it: 'Contratto art. 28' },
  breachNotice: { en: 'Breach notice', it: 'Notifica violazioni' },
  review: { en: 'Next review', it: 'Prossima revisione' },
  recipient: { en: 'Recipient', it: 'Destinatario' },
  safeguard: { en: 'Safeguard', it: 'Garanzia' },
  tia: { en: 'Transfer impact assessment', it: 'Valutazione d’impatto del trasferimento' },
  supplementary: { en: 'Supplementary measures', it: 'Misure supplementari' },
  kind: { en: 'Kind', it: 'Tipo' },
  description: { en: 'Description', it: 'Descrizione' },
  technical: { en: 'technical', it: 'tecnica' },
  organisational: { en: 'organisational', it: 'organizzativa' },
  hours: { en: '{n} hours', it: '{n} ore' },
  notSigned: { en: 'not signed', it: 'non firmato' },
  subOf: { en: 'sub-processor of {p}', it: 'sub-responsabile di {p}' },
  special: { en: 'includes special categories', it: 'include categorie particolari' },
  footer: { en: '{o} · record of processing activities', it: '{o} · registro delle attività di trattamento' },
  page: { en: 'Page {n} of {t}', it: 'Pagina {n} di {t}' },
} as const;

export type RegisterWord = keyof typeof WORDS;

/** The register PDF's words in one language, with `{x}` slots filled from `values`. */
export function registerWords(language: Language): (key: RegisterWord, values?: Record<string, string | number>) => string {
  return (key, values = {}) => WORDS[key][language].replace(/\{(\w)\}/g, (_, slot: string) => String(values[slot] ?? ''));
}
