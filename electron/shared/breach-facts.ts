import { z } from 'zod';
import { AUTHORITY_COUNTRIES, type AuthorityCountry } from './authorities';
import { isOffsetDateTime } from './pure/breach-clock';

/**
 * The facts of a personal-data breach that the triage weighs, as a zod schema: the single
 * source of their types for the triage, the CLI, the breach register and the triage form.
 * Only zod and the clock's date-time check are imported, so the schema can move to
 * `electron/shared` unchanged when the IPC contract needs it.
 */

/** Loss of confidentiality (ENISA CB): who could read the data. */
export const confidentialityLosses = ['none', 'known-recipients', 'unknown-recipients', 'public'] as const;
/** Loss of integrity (ENISA CB): data altered, and whether the original can be restored. */
export const integrityLosses = ['none', 'recoverable', 'unrecoverable'] as const;
/** Loss of availability (ENISA CB): how long the data could not be used. */
export const availabilityLosses = ['none', 'hours', 'days', 'permanent'] as const;
/** Ease of identification (ENISA EI): how easily the people can be identified from the data. */
export const identifiabilityLevels = ['negligible', 'limited', 'significant', 'maximum'] as const;
/** The categories of personal data a breach can involve. */
export const dataCategories = [
  'identity',
  'contact',
  'demographic',
  'online-identifiers',
  'credentials',
  'financial',
  'payment-card',
  'government-id',
  'location',
  'communications',
  'behavioural',
  'employment',
  'education',
  'health',
  'genetic',
  'biometric',
  'racial-ethnic',
  'political',
  'religious',
  'trade-union',
  'sex-life',
  'criminal',
] as const;

export type ConfidentialityLoss = (typeof confidentialityLosses)[number];
export type IntegrityLoss = (typeof integrityLosses)[number];
export type AvailabilityLoss = (typeof availabilityLosses)[number];
export type Identifiability = (typeof identifiabilityLevels)[number];
export type DataCategory = (typeof dataCategories)[number];

const fieldNames = [
  'awareAt',
  'confidentiality',
  'integrity',
  'availability',
  'maliciousIntent',
  'dataCategories',
  'subjects',
  'vulnerableSubjects',
  'identifiability',
  'unintelligible',
  'recipientTrusted',
  'misuseObserved',
  'profilingVolume',
  'dataAlreadyPublic',
  'revealsLess',
  'invalidData',
  'establishments',
  'mainEstablishment',
  'affectedCountries',
] as const;

const authorityCountry = z.enum(AUTHORITY_COUNTRIES as [AuthorityCountry, ...AuthorityCountry[]], {
  error: (issue) => `must be the two-letter code of an EU or EEA state (got ${JSON.stringify(issue.input)})`,
});

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? 'is required'
        : `must be one of ${values.join(', ')} (got ${JSON.stringify(issue.input)})`,
  });
}

const requiredBoolean = z.boolean({
  error: (issue) => (issue.input === undefined ? 'is required' : 'must be true or false'),
});
const optionalBoolean = z.boolean({ error: 'must be true or false' }).default(false);

/**
 * The breach facts. Required: awareAt, confidentiality, integrity, availability,
 * maliciousIntent, dataCategories, subjects. Defaulted when absent: vulnerableSubjects,
 * unintelligible, recipientTrusted, misuseObserved, the ENISA context flags (false) and identifiability ("maximum",
 * the cautious assumption). Unknown fields are refused, so a misspelt optional flag is
 * reported instead of silently taking its default.
 */
export const breachFactsSchema = z.strictObject(
  {
    /** When the controller became aware of the breach; starts the 72-hour clock. */
    awareAt: z
      .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a date-time string') })
      .refine(isOffsetDateTime, 'must be an ISO 8601 date-time with an offset, e.g. 2026-03-27T10:00:00+01:00'),
    confidentiality: oneOf(confidentialityLosses),
    integrity: oneOf(integrityLosses),
    availability: oneOf(availabilityLosses),
    /** Theft, hacking, deliberate misuse or sale, as opposed to error or accident. */
    maliciousIntent: requiredBoolean,
    dataCategories: z
      .array(oneOf(dataCategories), {
        error: (issue) => (issue.input === undefined ? 'is required' : 'must be an array of data categories'),
      })
      .min(1, 'must list at least one data category')
      .transform((categories) => [...new Set(categories)]),
    /** Approximate number of people affected. */
    subjects: z
      .number({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a number') })
      .int('must be a whole number')
      .min(1, 'must be at least 1'),
    /** Children, patients, people in a dependent position. */
    vulnerableSubjects: optionalBoolean,
    identifiability: oneOf(identifiabilityLevels).default('maximum'),
    /** Encrypted or hashed to the state of the art, with the key or salt safe. */
    unintelligible: optionalBoolean,
    /** A known recipient bound by confidentiality who confirmed deletion or return. */
    recipientTrusted: optionalBoolean,
    /** Evidence that the data was already used against the people. */
    misuseObserved: optionalBoolean,
    /** ENISA DPC context (raises it): the volume of data per person, or the controller's nature, allows a profile. */
    profilingVolume: optionalBoolean,
    /** ENISA DPC context (lowers it): the data was publicly available before the breach. */
    dataAlreadyPublic: optionalBoolean,
    /** ENISA DPC context (lowers it): the data reveals less than its category suggests. */
    revealsLess: optionalBoolean,
    /** ENISA DPC context (lowers it): the data is invalid, inaccurate or outdated. */
    invalidData: optionalBoolean,
    /** EU/EEA states where the controller is established; empty when it is not established there. */
    establishments: z.array(authorityCountry).default([]),
    /** The main establishment (Art. 4(16)); may be left out when there is only one. */
    mainEstablishment: authorityCountry.nullable().default(null),
    /** EU/EEA states where the affected people live. */
    affectedCountries: z.array(authorityCountry).default([]),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}; the fields are ${fieldNames.join(', ')}`
        : 'the facts must be a JSON object',
  },
);

/** The facts as the triage sees them, defaults applied. */
export type BreachFacts = z.output<typeof breachFactsSchema>;
/** The facts as a form or a JSON file may give them, defaulted fields optional. */
export type BreachFactsInput = z.input<typeof breachFactsSchema>;
