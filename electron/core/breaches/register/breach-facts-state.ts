import type { BreachFactsDraft, TriagePreview } from '../../../shared/breaches';
import { describeZodError } from '../../api/zod-issues';
import { AppError, fieldIssue } from '../../errors';
import { breachFactsSchema, triageBreach, type BreachFacts, type TriageResult } from '../triage';
import { msg, type Message } from '../../i18n';

/** Facts by the breach form's names (`msg.triage.fact.<name>`), for a message that lists them in the reader's language. */
export function factNames(names: readonly string[]): Message[] {
  return names.map((name) => msg(`msg.triage.fact.${name}`));
}

/**
 * The facts the triage cannot do without, read off the triage schema itself (a field is
 * required when `undefined` does not pass it), so a new required fact needs no change here.
 */
export const REQUIRED_FACTS: readonly string[] = Object.entries(breachFactsSchema.shape)
  .filter(([, schema]) => !schema.safeParse(undefined).success)
  .map(([name]) => name);

/** Where a breach's facts stand: complete (and triaged) or still missing some. */
export interface EvaluatedFacts {
  complete: BreachFacts | null;
  triage: TriageResult | null;
  missing: string[];
}

const given = (value: unknown) => value !== undefined && value !== null;

/** The required facts a draft still lacks (awareAt is the breach's own, so never missing). */
export function missingFacts(draft: BreachFactsDraft): string[] {
  const entered: Record<string, unknown> = draft;
  return REQUIRED_FACTS.filter((name) => name !== 'awareAt' && !given(entered[name]));
}

/**
 * Evaluates a breach's facts draft against its moment of awareness: when every required
 * fact is in, the triage schema parses them (defaults applied) and the triage runs; until
 * then nothing is triaged and `missing` names what is still needed. The draft was checked
 * field by field on the way in, so complete facts always parse.
 */
export function evaluateFacts(draft: BreachFactsDraft, awareAt: string): EvaluatedFacts {
  const missing = missingFacts(draft);
  if (missing.length > 0) return { complete: null, triage: null, missing };
  const complete = breachFactsSchema.parse({ ...draft, awareAt });
  return { complete, triage: triageBreach(complete), missing: [] };
}

/**
 * Triages facts without saving them, for the triage form's live feedback: never throws;
 * says which required facts are missing and which given ones are invalid, and triages as
 * soon as everything is in and valid.
 */
export function previewTriage(facts: Record<string, unknown>): TriagePreview {
  const missing = REQUIRED_FACTS.filter((name) => !given(facts[name]));
  const present = Object.fromEntries(Object.entries(facts).filter(([, value]) => given(value)));
  const parsed = breachFactsSchema.safeParse(present);
  if (parsed.success) return { complete: true, missing: [], issues: [], triage: triageBreach(parsed.data) };
  const issues = describeZodError(parsed.error).issues.filter((issue) => !missing.includes(issue.path));
  return { complete: false, missing, issues, triage: null };
}

/**
 * The draft as stored: without `awareAt`, which is the breach's own column. A draft may
 * carry it (a facts file written for `breach triage` does) only when it names the same
 * instant as the breach, whatever its offset.
 */
export function detachAwareAt(draft: BreachFactsDraft, awareAt: string): BreachFactsDraft {
  const { awareAt: given, ...rest } = draft;
  if (given !== undefined && Date.parse(given) !== Date.parse(awareAt)) {
    const detail = msg('msg.error.breach.factsAwareAt', { given, awareAt });
    throw new AppError('VALIDATION', detail, [fieldIssue('facts.awareAt', detail)]);
  }
  return rest;
}

/** The triage columns of a breach row for the evaluated facts. */
export function triageColumns(evaluated: EvaluatedFacts) {
  return {
    facts: evaluated.complete ? JSON.stringify(evaluated.complete) : null,
    triage: evaluated.triage ? JSON.stringify(evaluated.triage) : null,
    severity_level: evaluated.triage?.severity.level ?? null,
    severity_score: evaluated.triage?.severity.score ?? null,
    risk: evaluated.triage?.risk ?? null,
  };
}
