import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { triageBreachFacts } from '../../electron/core/breaches/triage/triage';

/**
 * Triage of the published EDPB/WP250 cases, from raw JSON (validation included), repeated
 * until about 20,000 triages have run; microseconds per case.
 */
export function triagePerCaseUs(): number {
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/breach-cases/published-cases.json', import.meta.url), 'utf8')) as { cases: { facts: unknown }[] };
  const facts = fixture.cases.map((c) => c.facts);
  for (const f of facts) triageBreachFacts(f);
  const rounds = Math.ceil(20_000 / facts.length);
  const start = performance.now();
  for (let i = 0; i < rounds; i++) for (const f of facts) triageBreachFacts(f);
  return ((performance.now() - start) * 1000) / (rounds * facts.length);
}
