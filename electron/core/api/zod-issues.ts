import type { z } from 'zod';
import { msg, type Message } from '../../shared/pure/i18n/message';
import type { FieldIssue } from '../../shared/result';
import { renderText } from '../i18n/translator';

type Issue = z.core.$ZodIssue;

/**
 * Whether a type issue is a missing value rather than a wrong one. zod keeps the input on an
 * issue only when asked to (`reportInput`), so without it the sentence tells: zod's own says
 * `received undefined`, the schemas' own say `required`.
 */
function isMissing(issue: Extract<Issue, { code: 'invalid_type' }>): boolean {
  if ('input' in issue) return issue.input === undefined;
  return /received undefined|required/i.test(issue.message);
}

/** A `custom` issue's catalogue message, when the schema gave one (see {@link customIssue}). */
function customDetail(params: Record<string, unknown> | undefined): Message | undefined {
  const detail = params?.detail;
  return typeof detail === 'object' && detail !== null && typeof (detail as { key?: unknown }).key === 'string' ? (detail as Message) : undefined;
}

/**
 * A schema's own problem as a zod `custom` issue that carries its catalogue message, so it reads
 * in the reader's language: `ctx.addIssue(customIssue(['country'], msg('msg.error.…', params)))`.
 * Its `message` is the English, as for every issue.
 */
export function customIssue(path: (string | number)[], detail: Message): { code: 'custom'; path: (string | number)[]; message: string; params: { detail: Message } } {
  return { code: 'custom', path, message: renderText('en', detail), params: { detail } };
}

/**
 * A zod issue as a catalogue message (`msg.error.*`), so the form shows it in the reader's
 * language. A schema's own sentence (a `custom` issue) has a key only when it was made with
 * {@link customIssue}; otherwise the English stays in `message` and the UI falls back to its
 * field's own sentence.
 */
export function issueDetail(issue: Issue): Message | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return msg(isMissing(issue) ? 'msg.error.required' : 'msg.error.invalid');
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? msg('msg.error.required') : msg('msg.error.tooShort', { minimum: Number(issue.minimum) });
      if (issue.origin === 'array' || issue.origin === 'set') return msg('msg.error.tooFew', { minimum: Number(issue.minimum) });
      return msg('msg.error.tooSmall', { minimum: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return msg('msg.error.tooLong', { maximum: Number(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set') return msg('msg.error.tooMany', { maximum: Number(issue.maximum) });
      return msg('msg.error.tooBig', { maximum: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return msg('msg.error.email');
      if (issue.format === 'datetime') return msg('msg.error.datetime');
      if (issue.format === 'date') return msg('msg.error.date');
      return msg('msg.error.invalid');
    case 'invalid_value':
      return msg('msg.error.choice');
    case 'unrecognized_keys':
      return msg('msg.error.unexpectedField');
    case 'custom':
      return customDetail(issue.params);
    default:
      return msg('msg.error.invalid');
  }
}

/**
 * The first of some field issues as one message naming its field: in English the schema's
 * own sentence (`subjects: Too small: expected number to be >=1`), in Italian the catalogue's
 * (`subjects: Deve essere almeno 1.`), since a schema's sentence exists only in English.
 */
export function firstIssue(issues: readonly FieldIssue[]): Message {
  const first = issues[0];
  if (!first) return msg('msg.error.invalidRequest');
  const problem = { en: first.message, it: renderText('it', first.detail ?? msg('msg.error.invalid')) };
  return first.path ? msg('msg.error.fieldProblem', { path: first.path, problem }) : msg('msg.error.problem', { problem });
}

/**
 * The schema's sentence, with the bound of a length or size issue when the sentence does not
 * state it (`Give the reasons for the extension: the person must be told them. Too short: at
 * least 10 characters.`), so the English says how long as the Italian does.
 */
function withBound(issue: Issue, detail: Message | undefined): string {
  if ((issue.code !== 'too_small' && issue.code !== 'too_big') || !detail || detail.key === 'msg.error.required') return issue.message;
  const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const stated = issue.message.includes(bound) || (bound === '1' && /\bone\b/.test(issue.message));
  return stated ? issue.message : `${issue.message.replace(/[.\s]+$/, '')}. ${renderText('en', detail)}`;
}

/** Turns zod issues into field issues and one sentence naming the first bad field. */
export function describeZodError(error: z.ZodError): { message: string; issues: FieldIssue[] } {
  const issues = error.issues.map((issue): FieldIssue => {
    const detail = issueDetail(issue);
    return { path: issue.path.map(String).join('.'), message: withBound(issue, detail), ...(detail ? { detail } : {}) };
  });
  const first = issues[0];
  const message = first
    ? first.path
      ? `${first.path}: ${first.message}`
      : first.message
    : 'The request is not valid';
  return { message, issues };
}
