import { describe, expect, it } from 'vitest';
import { breachFactsSchema } from './breach-facts';
import { newRequestSchema } from './requests';
import { settingSchemas } from './settings';

describe('loose inputs are tightened at the boundary', () => {
  it('caps e-mail addresses at 254 characters', () => {
    const huge = `${'a'.repeat(120_000)}@example.com`;
    const request = newRequestSchema.safeParse({ subjectEmail: huge });
    expect(request.success).toBe(false);
    expect(request.error?.issues.find((issue) => issue.path[0] === 'subjectEmail')?.message).toBe('An e-mail address has at most 254 characters');
    expect(settingSchemas['organisation.dpoEmail'].safeParse(huge).success).toBe(false);
    expect(settingSchemas['organisation.dpoEmail'].safeParse('dpo@noventia.example').success).toBe(true);
  });

  it('keeps each breach data category once', () => {
    const shape = breachFactsSchema.shape.dataCategories;
    expect(shape.parse(['contact', 'health', 'contact', 'health'])).toEqual(['contact', 'health']);
  });
});
