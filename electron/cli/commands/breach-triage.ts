import { readFile } from 'node:fs/promises';
import { AUTHORITY_NOTICE_HOURS } from '../../shared/pure/breach-clock';
import { dataCategories, triageBreachFacts, type RiskLevel, type TriageResult } from '../../core/breaches/triage';
import { AppError } from '../../core/errors';
import { UsageError, type Command } from '../command';

const riskWords: Record<RiskLevel, string> = {
  unlikely: 'unlikely to result in a risk to people',
  risk: 'likely to result in a risk to people',
  'high-risk': 'likely to result in a high risk to people',
};

function humanLines(result: TriageResult): string[] {
  const label = (text: string) => text.padEnd(11);
  const authority = result.notifyAuthority
    ? `notify without undue delay, at the latest by ${result.authorityDeadline} (Art. 33(1), ${AUTHORITY_NOTICE_HOURS} hours after awareness)`
    : `not needed; record the breach in the register (Art. 33(5)). Should the assessment change, the ${AUTHORITY_NOTICE_HOURS} hours end at ${result.authorityDeadline}`;
  const people = result.notifySubjects
    ? 'tell them without undue delay, in clear and plain language (Art. 34(1))'
    : 'not required (no high risk, Art. 34(1))';
  const where =
    result.authorities.length > 0
      ? result.authorities.map((a) => `${a.name} (${a.country})`).join('; ')
      : 'not named: give establishments and affectedCountries in the facts';
  return [
    `${label('Severity')}${result.severity.score.toFixed(2)} (${result.severity.level}, ENISA 2013)`,
    `${label('Risk')}${riskWords[result.risk]}`,
    `${label('Authority')}${authority}`,
    `${label('Notify to')}${where}`,
    `${label('People')}${people}`,
    '',
    'Reasons:',
    ...result.reasons.map((reason) => `  - ${reason.text}`),
    '',
    'A recommendation, not a decision: record your own decision and its rationale in the breach register.',
  ];
}

async function readFacts(source: string, readStdin: () => Promise<string>): Promise<string> {
  if (source === '-') return readStdin();
  try {
    return await readFile(source, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : error instanceof Error ? error.message : String(error);
    throw new AppError('NOT_FOUND', `Cannot read the facts file ${source}: ${why}`);
  }
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const where = source === '-' ? 'standard input' : source;
    const why = error instanceof Error ? error.message : String(error);
    throw new AppError('VALIDATION', `The facts in ${where} are not valid JSON: ${why}`);
  }
}

/** `breach triage`: the pure triage of issue 4, from a facts file or standard input, no vault. */
export const breachTriage: Command = {
  path: ['breach', 'triage'],
  summary: 'Triage a breach from its facts: severity, risk, who to notify and by when (no vault needed)',
  usage: 'breach triage --facts FILE|- [--json]',
  details: [
    'Reads the facts as a JSON object from FILE, or from standard input with "--facts -", and',
    'prints the ENISA severity, the Art. 33/34 risk, whether to notify the authority and the',
    'people, the 72-hour deadline and the reasons. With --json, prints exactly',
    '{"severity":{"score","level"},"risk","notifyAuthority","notifySubjects","authorityDeadline","reasons"}.',
    '',
    'Facts (required):',
    '  awareAt          ISO 8601 date-time with offset, e.g. 2026-03-27T10:00:00+01:00',
    '  confidentiality  none | known-recipients | unknown-recipients | public',
    '  integrity        none | recoverable | unrecoverable',
    '  availability     none | hours | days | permanent',
    '  maliciousIntent  true | false',
    '  dataCategories   array of:',
    `                   ${dataCategories.slice(0, 8).join(', ')},`,
    `                   ${dataCategories.slice(8, 15).join(', ')},`,
    `                   ${dataCategories.slice(15).join(', ')}`,
    '  subjects         approximate number of people (integer >= 1)',
    'Facts (optional): vulnerableSubjects, unintelligible, recipientTrusted, misuseObserved',
    '  (true | false, default false); identifiability negligible | limited | significant |',
    '  maximum (default maximum).',
    'Where (optional, EU/EEA codes): establishments [..] (empty: controller outside the EU),',
    '  mainEstablishment, affectedCountries [..]. They name the authorities to notify, in the',
    '  JSON as authorities: [{country, name}] (Arts 55, 56; EDPB Guidelines 9/2022 para 73).',
    '',
    'Example: npm run --silent cli -- breach triage --facts breach.json --json',
  ],
  options: { facts: { type: 'string' } },
  async run(ctx) {
    const source = ctx.values.facts;
    if (typeof source !== 'string' || source.trim() === '') {
      throw new UsageError('--facts is required: a JSON file, or "-" to read standard input');
    }
    const text = await readFacts(source, ctx.readStdin);
    const result = triageBreachFacts(parseJson(text, source));
    ctx.print(result, humanLines(result));
  },
};
