import { describe, expect, it } from 'vitest';
import { issuesByField } from './field-issues';

describe('issuesByField', () => {
  it('groups issues by field, first one wins', () => {
    const byField = issuesByField([
      { path: 'types.1', message: 'not a gdpr type' },
      { path: 'types', message: 'later' },
      { path: 'subjectEmail', message: 'bad e-mail' },
    ]);
    expect(byField.types?.message).toBe('not a gdpr type');
    expect(byField.subjectEmail?.message).toBe('bad e-mail');
  });

  it('drops the API wrapper from create paths', () => {
    const byField = issuesByField([{ path: 'request.subjectName', message: 'too short' }], 'request.');
    expect(byField.subjectName?.message).toBe('too short');
  });
});
