import { choice, type CatalogueEntry } from '../letters/catalogue-entry';

/**
 * What a CCPA request to know asked for (review 5, E3): the specific pieces of personal
 * information collected about the consumer (Civil Code § 1798.110(a)(5), § 1798.130(a)(3)(B))
 * or the categories only (§ 1798.110(a)(1)–(4)). The response says what it gives: specific
 * pieces are in the enclosures, or a partial outcome names the law or exception that prevents
 * giving them (11 CCR § 7024(e)); categories only are called categories, never "the personal
 * information we have collected about you".
 */
const SCOPES = {
  pieces: { en: 'the specific pieces of personal information', it: 'gli specifici dati personali' },
  categories: { en: 'the categories of personal information only', it: 'solo le categorie di dati personali' },
};

/** The CCPA response to know's choice of what was asked for. */
export const CCPA_KNOW_FIELDS: Record<string, CatalogueEntry> = {
  'ccpa.knowScope': choice(
    SCOPES,
    'What the consumer asked to know: pieces (the specific pieces of personal information, given in the enclosures, § 1798.110(a)(5)) or categories (categories only)',
    'Che cosa il consumatore ha chiesto di conoscere: pieces (gli specifici dati personali, forniti negli allegati, § 1798.110(a)(5)) o categories (solo le categorie)',
  ),
};
