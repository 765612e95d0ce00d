import { dataCategories, type DataCategory } from '../../../shared/breach-facts';

/**
 * ENISA's data processing context (DPC), the core of its severity score: how critical the
 * breached data is. ENISA (2013, Annex 1) sorts data into four kinds with a base score,
 * takes the highest when several are involved, then adjusts the base for the case and
 * keeps the result within 1–4.
 */

/** ENISA's four kinds of data. */
export type DpcTier = 'simple' | 'behavioural' | 'financial' | 'sensitive';

export const tierScores: Record<DpcTier, number> = { simple: 1, behavioural: 2, financial: 3, sensitive: 4 };

/**
 * The kind of each category (credentials are scored apart, see {@link scoreDpc}).
 * - simple: biographical and contact data, education, professional life (ENISA's examples).
 * - behavioural: location, traffic data, preferences and habits; online identifiers and
 *   communications belong here as traffic data and what they reveal of a person's life.
 * - financial: income, transactions, bank statements, cards. Government ID numbers join
 *   them: ENISA does not list them, and we score them with the data that enables fraud,
 *   since an ID number is the key to identity fraud (EDPB 01/2021 case 14).
 * - sensitive: the special categories of Art. 9 GDPR and criminal data (Art. 10).
 */
export const categoryTiers: Record<Exclude<DataCategory, 'credentials'>, DpcTier> = {
  identity: 'simple',
  contact: 'simple',
  demographic: 'simple',
  employment: 'simple',
  education: 'simple',
  'online-identifiers': 'behavioural',
  location: 'behavioural',
  communications: 'behavioural',
  behavioural: 'behavioural',
  financial: 'financial',
  'payment-card': 'financial',
  'government-id': 'financial',
  health: 'sensitive',
  genetic: 'sensitive',
  biometric: 'sensitive',
  'racial-ethnic': 'sensitive',
  political: 'sensitive',
  religious: 'sensitive',
  'trade-union': 'sensitive',
  'sex-life': 'sensitive',
  criminal: 'sensitive',
};

/** ENISA: adjustments never take the DPC outside 1–4. */
export const DPC_MIN = 1;
export const DPC_MAX = 4;

/** ENISA's "special characteristics of the individuals" (children, patients…) raise the DPC by one. */
export const VULNERABLE_ADJUSTMENT = 1;

/**
 * ENISA's contextual factors for the DPC (2013, Annex A2) that the facts can say, beyond the
 * people's vulnerability: the volume of data per person or the controller's nature allows a
 * profile (raises it); the data was already publicly available before the breach, reveals
 * less than its category suggests (e.g. only that a person is a bank's customer), or is
 * invalid or outdated (e.g. long-expired cards) (each lowers it). ENISA's examples move the
 * score by one to three levels; we move it by one level per factor (our step), which the DPO
 * can outweigh in the decision.
 */
export const DPC_CONTEXT_FACTORS = { profilingVolume: 1, dataAlreadyPublic: -1, revealsLess: -1, invalidData: -1 } as const;
export type DpcContextFactor = keyof typeof DPC_CONTEXT_FACTORS;

/** One contextual factor applied to the DPC. */
export interface DpcContextAdjustment {
  factor: DpcContextFactor;
  delta: number;
}

export interface DpcScore {
  /** The kind of the most critical data involved. */
  tier: DpcTier;
  /** Its base score (1–4). */
  base: number;
  /** The categories that set the base, in the schema's order. */
  decisive: DataCategory[];
  /** True when credentials are among the decisive categories (scored by what they unlock). */
  credentialsScored: boolean;
  /** The adjustment applied for vulnerable people (0 or +1). */
  adjustment: number;
  /** ENISA's other contextual factors that the facts state, in {@link DPC_CONTEXT_FACTORS}' order. */
  context: DpcContextAdjustment[];
  /** base + adjustment + the context's deltas, kept within 1–4. */
  value: number;
}

function tierOf(score: number): DpcTier {
  const found = (Object.keys(tierScores) as DpcTier[]).find((tier) => tierScores[tier] === score);
  return found ?? 'simple';
}

/**
 * Scores the DPC of a breach. Credentials follow ENISA: they are "handled based on the type
 * of data processed by the systems where they provide access to". The facts do not say
 * which system that is, so they take the score of the other data breached with them (the
 * same system's data, the best evidence at hand), and at least behavioural (2): an account
 * opens a person's activity and history.
 * ENISA's contextual adjustments come from the facts: vulnerable people (+1), and the
 * optional {@link DPC_CONTEXT_FACTORS}; the number of people stays outside the score as
 * ENISA says, weighed in the EDPB risk instead.
 */
export function scoreDpc(
  categories: readonly DataCategory[],
  vulnerableSubjects: boolean,
  facts: Partial<Record<DpcContextFactor, boolean>> = {},
): DpcScore {
  const others = categories.filter((category) => category !== 'credentials') as Exclude<DataCategory, 'credentials'>[];
  const othersMax = Math.max(0, ...others.map((category) => tierScores[categoryTiers[category]]));
  const hasCredentials = categories.includes('credentials');
  const credentialsScore = hasCredentials ? Math.max(tierScores.behavioural, othersMax) : 0;
  const base = Math.max(othersMax, credentialsScore, DPC_MIN);
  const ordered = dataCategories.filter((category) => categories.includes(category));
  const decisive = ordered.filter((category) =>
    category === 'credentials' ? credentialsScore === base : tierScores[categoryTiers[category]] === base,
  );
  const adjustment = vulnerableSubjects ? VULNERABLE_ADJUSTMENT : 0;
  const context = (Object.keys(DPC_CONTEXT_FACTORS) as DpcContextFactor[])
    .filter((factor) => facts[factor] === true)
    .map((factor) => ({ factor, delta: DPC_CONTEXT_FACTORS[factor] }));
  const total = base + adjustment + context.reduce((sum, c) => sum + c.delta, 0);
  return {
    tier: tierOf(base),
    base,
    decisive,
    credentialsScored: decisive.includes('credentials'),
    adjustment,
    context,
    value: Math.min(DPC_MAX, Math.max(DPC_MIN, total)),
  };
}
