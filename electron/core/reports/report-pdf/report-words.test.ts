import { describe, expect, it } from 'vitest';
import { loadReportLabels } from './report-labels';
import { reportWords } from './report-words';

const words = (language: 'en' | 'it') => reportWords(loadReportLabels(), language, 'Europe/Rome');

describe('the report’s words', () => {
  it('groups the thousands of every count alike, so the people column reads "2.300" beside "12.400" (C34)', () => {
    expect([1, 800, 2300, 12400, 15501].map((n) => words('it').count(n))).toEqual(['1', '800', '2.300', '12.400', '15.501']);
    expect([1, 800, 2300, 12400].map((n) => words('en').count(n))).toEqual(['1', '800', '2,300', '12,400']);
  });

  it('cites the law as each language writes it, from the rule id (C25)', () => {
    expect(words('it').citation('gdpr-art-12-3')).toBe('art. 12, par. 3, del Regolamento (UE) 2016/679');
    expect(words('it').citation('uk-gdpr-art-12a')).toBe('UK GDPR, art. 12A (introdotto dal Data (Use and Access) Act 2025)');
    expect(words('it').citation('lgpd-art-19')).toBe('LGPD (Lei 13.709/2018), art. 19, II');
    expect(words('en').citation('gdpr-art-12-3')).toBe('GDPR Art. 12(3)');
  });

  it('gives every share one decimal ("95,0%", never "95%" beside "94,2%")', () => {
    expect(words('it').share({ count: 132, of: 139, share: 132 / 139 })).toBe('132 su 139 (95,0%)');
    expect(words('it').share({ count: 131, of: 139, share: 131 / 139 })).toBe('131 su 139 (94,2%)');
  });
});
