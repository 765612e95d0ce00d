import { readFile } from 'node:fs/promises';
import { AUTHORITY_NOTICE_HOURS } from '../../shared/pure/breach-clock';
import { dataCategories, triageBreachFacts, type TriageResult } from '../../core/breaches/triage';
import { AppError } from '../../core/errors';
import { renderText, translator, type CoreLanguage } from '../../core/i18n';
import { LANG_HELP, resolveCliLanguage } from '../cli-language';
import { UsageError, type Command } from '../command';
import { fileProblem, sourceName } from '../file-problem';
import { msg } from '../../core/i18n';

/** The result with each reason's text in the chosen language (codes and message keys kept). */
function localised(result: TriageResult, language: CoreLanguage): TriageResult {
  return { ...result, reasons: result.reasons.map((reason) => ({ ...reason, text: reason.messages.map((m) => renderText(language, m)).join(' ') })) };
}

function humanLines(result: TriageResult, language: CoreLanguage): string[] {
  const t = translator(language);
  const c = (key: string, params?: Record<string, string | number>) => t(`msg.cli.triage.${key}`, params);
  const label = (text: string) => text.padEnd(11);
  const hours = AUTHORITY_NOTICE_HOURS;
  const authority = result.notifyAuthority ? c('notify', { deadline: result.authorityDeadline, hours }) : c('noNotify', { deadline: result.authorityDeadline, hours });
  const people = result.notifySubjects ? c('tell') : c('noTell');
  const where =
    result.authorities.length > 0 ? result.authorities.map((a) => `${a.name} (${a.country})`).join('; ') : c('notNamed');
  return [
    `${label(c('severity'))}${c('severityLine', { score: result.severity.score, level: t(`msg.triage.level.${result.severity.level}`) })}`,
    `${label(c('risk'))}${c(`riskWords.${result.risk}`)}`,
    `${label(c('authority'))}${authority}`,
    `${label(c('notifyTo'))}${where}`,
    `${label(c('people'))}${people}`,
    '',
    c('reasons'),
    ...result.reasons.map((reason) => `  - ${reason.text}`),
    '',
    c('notADecision'),
  ];
}

async function readFacts(source: string, readStdin: () => Promise<string>): Promise<string> {
  if (source === '-') return readStdin();
  try {
    return await readFile(source, 'utf8');
  } catch (error) {
    throw new AppError('NOT_FOUND', msg('msg.error.cli.factsUnreadable', { source, why: [fileProblem(error)] }));
  }
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError('VALIDATION', msg('msg.error.cli.factsNotJson', { source: [sourceName(source)], cause: error instanceof Error ? error.message : String(error) }));
  }
}

/** `breach triage`: the pure triage of issue 4, from a facts file or standard input, no vault. */
export const breachTriage: Command = {
  path: ['breach', 'triage'],
  summary: 'Triage a breach from its facts: severity, risk, who to notify and by when (no vault needed)',
  usage: 'breach triage --facts FILE|- [--lang en|it] [--json]',
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
    'ENISA context of the data (optional, true | false, default false): profilingVolume',
    '  (raises the data score), dataAlreadyPublic, revealsLess, invalidData (each lowers it).',
    'Where (optional, EU/EEA codes): establishments [..] (empty: controller outside the EU),',
    '  mainEstablishment, affectedCountries [..]. They name the authorities to notify, in the',
    '  JSON as authorities: [{country, name}] (Arts 55, 56; EDPB Guidelines 9/2022 para 73).',
    '',
    LANG_HELP.trim(),
    '  (with --json, each reason keeps its factor code and message keys; its "text" is in --lang)',
    '',
    'Example: npm run --silent cli -- breach triage --facts breach.json --lang it --json',
  ],
  options: { facts: { type: 'string' }, lang: { type: 'string' } },
  async run(ctx) {
    const language = resolveCliLanguage(ctx.values.lang, null, ctx.env);
    const source = ctx.values.facts;
    if (typeof source !== 'string' || source.trim() === '') {
      throw new UsageError('--facts is required: a JSON file, or "-" to read standard input');
    }
    const text = await readFacts(source, ctx.readStdin);
    const result = localised(triageBreachFacts(parseJson(text, source)), language);
    ctx.print(result, humanLines(result, language));
  },
};
