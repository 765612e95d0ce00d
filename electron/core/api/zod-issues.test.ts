import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { renderText } from '../i18n';
import { describeZodError } from './zod-issues';

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
});
