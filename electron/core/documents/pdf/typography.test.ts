import { describe, expect, it } from 'vitest';
import { tieCitations } from './typography';

const nbsp = (s: string) => s.replace(/ /g, '\u00a0');

describe('tying citations and dates', () => {
  it('keeps article numbers, law names and dates on one line', () => {
    expect(tieCitations('under Article 12(3) GDPR by 30 April 2026')).toBe(`under ${nbsp('Article 12(3) GDPR')} by ${nbsp('30 April')} 2026`);
    expect(tieCitations('(art. 77 GDPR) entro il 1º maggio 2026')).toBe(`(${nbsp('art. 77 GDPR')}) entro il ${nbsp('1º maggio')} 2026`);
    expect(tieCitations('Article 12A UK GDPR and § 1798.125')).toBe(`${nbsp('Article 12A UK GDPR')} and ${nbsp('§ 1798.125')}`);
    // The other laws with letters keep their name with the article too (an FADP identity letter split "(Article 26(4)" from "FADP).").
    expect(tieCitations('(Article 26(4) FADP; art. 18, § 3, LGPD; sezione 8(3) del PIPEDA; art. 6, cpv. 2, LPD)')).toBe(`(${nbsp('Article 26(4) FADP')}; ${nbsp('art. 18')}, ${nbsp('§ 3')},${nbsp(' LGPD')}; ${nbsp('sezione 8(3)')} del${nbsp(' PIPEDA')}; ${nbsp('art. 6')}, cpv. 2,${nbsp(' LPD')})`);
    expect(tieCitations('(art. 34, par. 3, lett. b, GDPR)')).toBe(`(${nbsp('art. 34')}, ${nbsp('par. 3')}, ${nbsp('lett. b')},${nbsp(' GDPR')})`);
  });
  it('joins a web address’s scheme to its host, so a line never ends on https://', () => {
    expect(tieCitations('see https://www.garanteprivacy.it or http://x.example.')).toBe('see https://\u200dwww.garanteprivacy.it or http://\u200dx.example.');
  });
  it('keeps an Italian article number whole: 2-undecies never splits at its hyphen', () => {
    expect(tieCitations('art. 2-undecies, comma 3, and art. 110-bis')).toBe(`${nbsp('art. 2')}-\u200dundecies, ${nbsp('comma 3')}, and ${nbsp('art. 110')}-\u200dbis`);
  });
  it('ties an elided article to its number: "sull’art." and "dall’art." never end a line', () => {
    expect(tieCitations('si fonda sull’art. 2-undecies e dall’art. 17, par. 3, lett. b)')).toBe(`si fonda sull’${nbsp('art. 2')}-\u200dundecies e dall’${nbsp('art. 17')}, ${nbsp('par. 3')}, ${nbsp('lett. b)')}`);
  });
  it('keeps a citation whole: never split between its brackets, a decree never apart from its number (review C44)', () => {
    expect(tieCitations('Article 25(5)(a) of Legislative Decree No. 138/2024')).toBe(`${nbsp('Article 25(5)')}\u200d(a) of ${nbsp('Legislative Decree No. 138/2024')}`);
    expect(tieCitations('art. 25, comma 5, lett. a), del D.Lgs. 138/2024; Art. 23(4)(e)')).toBe(`${nbsp('art. 25')}, ${nbsp('comma 5')}, ${nbsp('lett. a)')}, del ${nbsp('D.Lgs. 138/2024')}; ${nbsp('Art. 23(4)')}\u200d(e)`);
    expect(tieCitations('Art. 33(2) GDPR')).toBe(nbsp('Art. 33(2) GDPR'));
  });
  it('keeps a short compound whole: never a line break at the hyphen of "e-mail" or "co-titolare" (review D41)', () => {
    expect(tieCitations('names, e-mail addresses and the co-controller’s E-Mail')).toBe('names, e-\u200dmail addresses and the co-\u200dcontroller’s E-\u200dMail');
    expect(tieCitations('l’e-mail dell’ex-dipendente e il co-titolare')).toBe('l’e-\u200dmail dell’ex-\u200ddipendente e il co-\u200dtitolare');
  });
  it('keeps a longer hyphenated word whole too: "pre-notifica", "one-month" (review 5, E6: the rule stopped at two letters)', () => {
    expect(tieCitations('la pre-notifica NIS2 and the one-month period, an anti-fraud check-up')).toBe('la pre-\u200dnotifica NIS2 and the one-\u200dmonth period, an anti-\u200dfraud check-\u200dup');
  });
  it('leaves a date and the digits of a reference free to break as before', () => {
    expect(tieCitations('on 2026-12-04, ref. B-2026-006 and 24-hour')).toBe('on 2026-12-04, ref. B-\u200d2026-006 and 24-hour');
  });
  it('leaves ordinary words alone', () => {
    expect(tieCitations('The section below explains it')).toBe('The section below explains it');
  });
});
