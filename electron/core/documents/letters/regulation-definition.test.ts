import { describe, expect, it } from 'vitest';
import { defineRegulationOnce } from './regulation-definition';

describe('defineRegulationOnce', () => {
  it('names the Regulation in full at its first mention only, in English', () => {
    expect(defineRegulationOnce(['We write to you.', 'As Article 12(3) GDPR requires, we answer.', 'Article 77 GDPR applies.'], 'en')).toEqual([
      'We write to you.',
      'As Article 12(3) of Regulation (EU) 2016/679 (“GDPR”) requires, we answer.',
      'Article 77 GDPR applies.',
    ]);
    expect(defineRegulationOnce(['Under the GDPR you may complain.'], 'en')).toEqual(['Under Regulation (EU) 2016/679 (“GDPR”) you may complain.']);
  });

  it('joins the Italian citation with "del"', () => {
    expect(defineRegulationOnce(['Come previsto dall’art. 12, par. 4, GDPR, Le indichiamo i motivi.', 'art. 77 GDPR'], 'it')).toEqual([
      'Come previsto dall’art. 12, par. 4, del Regolamento (UE) 2016/679 («GDPR»), Le indichiamo i motivi.',
      'art. 77 GDPR',
    ]);
    expect(defineRegulationOnce(['ai sensi dell’art. 15 GDPR'], 'it')).toEqual(['ai sensi dell’art. 15 del Regolamento (UE) 2016/679 («GDPR»)']);
    expect(defineRegulationOnce(['i diritti previsti dal GDPR'], 'it')).toEqual(['i diritti previsti dal Regolamento (UE) 2016/679 («GDPR»)']);
  });

  it('leaves the UK GDPR, and a letter that already defines it, alone', () => {
    expect(defineRegulationOnce(['Article 77 UK GDPR'], 'en')).toEqual(['Article 77 UK GDPR']);
    const defined = ['Regulation (EU) 2016/679 (“GDPR”) applies.', 'Article 15 GDPR'];
    expect(defineRegulationOnce(defined, 'en')).toEqual(defined);
  });
});
