/**
 * The column layout of a register in CSV, after the Garante's model of the record of
 * processing activities (columns of the "Registro delle attività di trattamento"): one row
 * per activity, a header row naming the columns in English or Italian, in any order. Only
 * `name` is required. Cells holding lists put one item a line, or separate items with `;`
 * (with `|` when the file itself is separated by semicolons). Purposes are `purpose: basis`
 * with the basis as a key (`contract`) or the letter of Art. 6(1) (`b`). A row whose reference
 * names an activity updates it: columns the file leaves out keep their values.
 */
export const CSV_COLUMNS = [
  { key: 'reference', it: 'riferimento', help: 'PA-001 (optional; a matching reference updates that activity)' },
  { key: 'role', it: 'ruolo', help: 'controller | processor (titolare | responsabile); default controller' },
  { key: 'name', it: 'trattamento', help: 'the activity’s name (required)' },
  { key: 'description', it: 'descrizione', help: 'free text' },
  { key: 'purposes', it: 'finalità', help: 'list of "purpose: legal basis" (consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests, or a–f)' },
  { key: 'art9_condition', it: 'condizione art. 9', help: 'the Art. 9(2) condition, for special categories' },
  { key: 'special_categories', it: 'categorie particolari', help: 'yes | no (sì | no)' },
  { key: 'data_subjects', it: 'categorie di interessati', help: 'list' },
  { key: 'data_categories', it: 'categorie di dati personali', help: 'list' },
  { key: 'breach_categories', it: 'categorie per violazioni', help: 'list of the breach triage’s data categories (identity, contact, financial, health, …)' },
  { key: 'source', it: 'origine dei dati', help: 'free text' },
  { key: 'recipients', it: 'categorie di destinatari', help: 'list' },
  { key: 'processors', it: 'responsabili', help: 'list of processor names already in the register' },
  { key: 'transfers', it: 'trasferimenti', help: 'list of transfer recipients already in the register' },
  { key: 'retention', it: 'termini di cancellazione', help: 'the retention rule in words' },
  { key: 'measures', it: 'misure di sicurezza', help: 'list of measure names (new names join the catalogue)' },
  { key: 'systems', it: 'sistemi', help: 'list' },
  { key: 'owner', it: 'referente', help: 'who in the organisation answers for it' },
  { key: 'dpia_status', it: 'stato dpia', help: 'not-screened | not-required | required | in-progress | completed' },
  { key: 'controllers', it: 'titolari', help: 'list of controller names (processor records, Art. 30(2)(a))' },
  { key: 'processing_categories', it: 'categorie di trattamenti', help: 'list (processor records, Art. 30(2)(b))' },
  { key: 'automated_decisions', it: 'decisioni automatizzate', help: 'free text; empty when there are none' },
  { key: 'subjects_estimate', it: 'numero di interessati', help: 'a whole number' },
  { key: 'last_review', it: 'ultima revisione', help: 'YYYY-MM-DD' },
  { key: 'review_every_months', it: 'revisione ogni mesi', help: 'a whole number of months; default 12' },
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number]['key'];

/** The column a header names (English key or Italian name, any case, spaces or underscores), or null. */
export function columnOf(header: string): CsvColumn | null {
  const norm = (s: string) => s.trim().toLowerCase().replace(/[\s_]+/g, ' ');
  const wanted = norm(header);
  return CSV_COLUMNS.find((c) => norm(c.key) === wanted || norm(c.it) === wanted)?.key ?? null;
}

/** Maps the Art. 6(1) letter (`b`, `6.1.b`) or key to the key; null when it is neither. */
export function legalBasisOf(text: string): string | null {
  const keys = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'];
  const t = text.trim().toLowerCase();
  if (keys.includes(t)) return t;
  const letter = /^(?:6\s*[.(]?\s*1\s*[.)]?\s*[.(]?\s*)?([a-f])\)?$/.exec(t)?.[1];
  return letter ? (keys['abcdef'.indexOf(letter)] ?? null) : null;
}
