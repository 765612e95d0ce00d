import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { renderText } from '../i18n';
import { msg } from '../i18n';
import { customIssue, describeZodError } from './zod-issues';

const schema = z.strictObject({
  email: z.email(),
  name: z.string().min(1),
  rationale: z.string().min(20),
  when: z.iso.datetime({ offset: true }),
  phase: z.enum(['preliminary', 'complete', 'supplementary']),
  reason: z.string().refine((value) => value === 'ok', 'Give the reason'),
});

describe('describeZodError', () => {
  it('gives each issue a catalogue message, rendered in Italian for an Italian form, and keeps the English message', () => {
    const parsed = schema.safeParse({ email: 'nope', rationale: 'short', when: '31/03/2026', phase: 'final', reason: 'no', extra: 1 });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const { issues } = describeZodError(parsed.error);
    const italian = Object.fromEntries(issues.map((issue) => [issue.path, issue.detail ? renderText('it', issue.detail) : null]));
    expect(italian).toEqual({
      email: 'Indirizzo e-mail non valido.',
      name: 'Campo obbligatorio.',
      rationale: 'Troppo breve: almeno 20 caratteri.',
      when: 'Indica data e ora con il fuso orario.',
      phase: 'Scegli uno dei valori proposti.',
      reason: null,
      '': 'È stato inviato un campo non previsto.',
    });
    expect(issues.find((issue) => issue.path === 'reason')?.message).toBe('Give the reason');
    expect(issues.every((issue) => issue.message.length > 0)).toBe(true);
  });

  it('names the bound of a length or size issue in both languages, even when the schema gives its own sentence', () => {
    const bounded = z.strictObject({
      reason: z.string().min(10, 'Give the reasons for the extension'),
      note: z.string().max(5, 'Keep the note short.'),
      systems: z.array(z.string()).min(2, 'Name the systems'),
      plain: z.string().min(3),
    });
    const parsed = bounded.safeParse({ reason: 'short', note: 'far too long', systems: [], plain: 'ab' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const { issues, message } = describeZodError(parsed.error);
    const byPath = (path: string) => issues.find((issue) => issue.path === path);
    expect(message).toBe('reason: Give the reasons for the extension. Too short: at least 10 characters.');
    expect(byPath('note')?.message).toBe('Keep the note short. Too long: at most 5 characters.');
    expect(byPath('systems')?.message).toBe('Name the systems. Choose at least 2.');
    // zod's own sentence already states the bound: nothing is added.
    expect(byPath('plain')?.message).not.toContain('Too short');
    expect(byPath('plain')?.message).toContain('3');
    const italian = issues.map((issue) => (issue.detail ? renderText('it', issue.detail) : ''));
    expect(italian).toEqual(['Troppo breve: almeno 10 caratteri.', 'Troppo lungo: al massimo 5 caratteri.', 'Scegline almeno 2.', 'Troppo breve: almeno 3 caratteri.']);
  });

  it('gives a schema’s own problem its catalogue message when it is made with customIssue, the English kept in message', () => {
    const schema = z.object({ regime: z.string() }).superRefine((input, ctx) => {
      ctx.addIssue(customIssue(['country'], msg('msg.error.deadline.cannotExtend', { regime: input.regime, type: 'erasure' })));
    });
    const parsed = schema.safeParse({ regime: 'ccpa' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const [issue] = describeZodError(parsed.error).issues;
    expect(issue).toMatchObject({ path: 'country', message: 'ccpa erasure requests cannot be extended' });
    expect(issue?.detail && renderText('it', issue.detail)).toBe('le richieste ccpa di tipo erasure non si possono prorogare');
  });

  it('tells a missing value from one of the wrong type, in Italian too', () => {
    const schema = z.object({
      subjects: z.number({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a number') }),
      count: z.number(),
      name: z.string(),
    });
    const parsed = schema.safeParse({ subjects: 'many', count: 'x' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const italian = describeZodError(parsed.error).issues.map((issue) => [issue.path, issue.detail ? renderText('it', issue.detail) : null]);
    expect(italian).toEqual([
      ['subjects', 'Questo valore non è valido.'],
      ['count', 'Questo valore non è valido.'],
      ['name', 'Campo obbligatorio.'],
    ]);
  });
});
