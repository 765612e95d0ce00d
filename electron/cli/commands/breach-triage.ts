import { readFile } from 'node:fs/promises';
import { AUTHORITY_NOTICE_HOURS } from '../../shared/pure/breach-clock';
import { dataCategories, triageBreachFacts, type TriageResult } from '../../core/breaches/triage';
import { AppError } from '../../core/errors';
import { renderText, translator, type CoreLanguage } from '../../core/i18n';
import { resolveCliLanguage } from '../cli-language';
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
  helpParams: { categories: [dataCategories.slice(0, 8), dataCategories.slice(8, 15), dataCategories.slice(15)].map((part) => part.join(', ')).join(`,\n${' '.repeat(19)}`) },
  usage: 'breach triage --facts FILE|- [--lang en|it] [--json]',
  options: { facts: { type: 'string' }, lang: { type: 'string' } },
  async run(ctx) {
    const language = resolveCliLanguage(ctx.values.lang, null, ctx.env);
    const source = ctx.values.facts;
    if (typeof source !== 'string' || source.trim() === '') {
      throw new UsageError(msg('msg.cli.usage.facts'));
    }
    const text = await readFacts(source, ctx.readStdin);
    const result = localised(triageBreachFacts(parseJson(text, source)), language);
    ctx.print(result, humanLines(result, language));
  },
};
