import type { BreachDetail } from '../../shared/breaches';
import { formatCount } from '../../shared/pure/i18n/format';
import type { CliText } from '../cli-text';

/** The closed lists among the facts, each with its words in the triage section of the catalogue. */
const VALUE_WORDS: Readonly<Record<string, string>> = {
  confidentiality: 'msg.triage.confidentiality',
  integrity: 'msg.triage.integrity',
  availability: 'msg.triage.availability',
  identifiability: 'msg.triage.identifiability',
  dataCategories: 'msg.triage.category',
};

/** A fact's name as the breach form labels it (`msg.triage.fact.<name>`). */
export function factLabel(name: string, x: CliText): string {
  return x.code('msg.triage.fact', name);
}

/** A fact's value in words: a code by its label, yes or no, a figure as the language writes it, `—` when empty. */
function factValue(name: string, value: unknown, x: CliText): string {
  const words = VALUE_WORDS[name];
  const one = (item: unknown): string => (words && typeof item === 'string' ? x.code(words, item) : String(item));
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return '—';
  if (typeof value === 'boolean') return x.t(value ? 'msg.cli.yes' : 'msg.cli.no');
  if (typeof value === 'number') return formatCount(value, x.language);
  return Array.isArray(value) ? value.map(one).join(', ') : one(value);
}

/** The facts as the triage reads them, each labelled, and the ones still missing, by name. */
export function factsLines(d: BreachDetail, x: CliText): string[] {
  const entries = Object.entries(d.facts.complete ?? d.facts.draft).filter(([name]) => name !== 'awareAt');
  const width = Math.max(0, ...entries.map(([name]) => factLabel(name, x).length)) + 2;
  const missing = d.facts.missing.map((name) => factLabel(name, x)).join(', ');
  return [
    x.t('msg.cli.breach.facts'),
    ...entries.map(([name, value]) => `  ${factLabel(name, x).padEnd(width)}${factValue(name, value, x)}`),
    ...(d.facts.missing.length > 0 ? [`  ${x.t('msg.cli.breach.missingFacts', { missing })}`] : []),
  ];
}
