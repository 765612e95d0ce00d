/**
 * The supervisory authorities of the EU and EEA states, by ISO 3166-1 code (Greece is GR):
 * reference data the triage names and the UI, notices and CLI show.
 */

/** Each EU/EEA state's supervisory authority. Germany's is per Land for private bodies. */
export const SUPERVISORY_AUTHORITIES = {
  AT: 'Österreichische Datenschutzbehörde',
  BE: 'Autorité de protection des données / Gegevensbeschermingsautoriteit',
  BG: 'Commission for Personal Data Protection (КЗЛД)',
  CY: 'Commissioner for Personal Data Protection',
  CZ: 'Úřad pro ochranu osobních údajů',
  DE: 'the data protection authority of the Land of the establishment',
  DK: 'Datatilsynet',
  EE: 'Andmekaitse Inspektsioon',
  ES: 'Agencia Española de Protección de Datos',
  FI: 'Tietosuojavaltuutetun toimisto',
  FR: "Commission nationale de l'informatique et des libertés (CNIL)",
  GR: 'Hellenic Data Protection Authority',
  HR: 'Agencija za zaštitu osobnih podataka',
  HU: 'Nemzeti Adatvédelmi és Információszabadság Hatóság',
  IE: 'Data Protection Commission',
  IS: 'Persónuvernd',
  IT: 'Garante per la protezione dei dati personali',
  LI: 'Datenschutzstelle',
  LT: 'Valstybinė duomenų apsaugos inspekcija',
  LU: 'Commission nationale pour la protection des données',
  LV: 'Datu valsts inspekcija',
  MT: 'Information and Data Protection Commissioner',
  NL: 'Autoriteit Persoonsgegevens',
  NO: 'Datatilsynet',
  PL: 'Urząd Ochrony Danych Osobowych',
  PT: 'Comissão Nacional de Proteção de Dados',
  RO: 'Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal',
  SE: 'Integritetsskyddsmyndigheten',
  SI: 'Informacijski pooblaščenec',
  SK: 'Úrad na ochranu osobných údajov',
} as const;

/** An EU/EEA state code. */
export type AuthorityCountry = keyof typeof SUPERVISORY_AUTHORITIES;
/** The codes, sorted. */
export const AUTHORITY_COUNTRIES = Object.keys(SUPERVISORY_AUTHORITIES).sort() as AuthorityCountry[];

/** One authority to notify. */
export interface CompetentAuthority {
  country: AuthorityCountry;
  name: string;
}

/** Why these authorities: the rule that named them. */
export type AuthorityBasis = 'single-state' | 'one-stop-shop' | 'non-eu-controller' | 'unknown';
