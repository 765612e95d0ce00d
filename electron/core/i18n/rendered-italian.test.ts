import { describe, expect, it } from 'vitest';
import published from '../../../test/fixtures/breach-cases/published-cases.json';
import { triageBreachFacts } from '../breaches/triage/triage';
import { canExtend, computeDeadlines, computeOrganisationClock } from '../deadlines';
import { DEFAULT_JURISDICTION, REGIMES, REQUEST_TYPES_BY_REGIME } from '../../shared/regimes';
import { englishWords } from './english-detector';
import { renderLine, renderText } from './translator';

/** Core's real output, not the catalogue alone: every deadline of every regime and every published breach case, rendered in Italian. */
describe('core reasoning rendered in Italian', () => {
  it('explains every deadline of every regime with no English left', () => {
    for (const regime of REGIMES) {
      for (const type of REQUEST_TYPES_BY_REGIME[regime]) {
        const country = DEFAULT_JURISDICTION[regime] ?? 'IT';
        for (const received of ['2026-05-15', '2026-01-31', '2026-12-19']) {
          const result = computeDeadlines({ regime, type, received, country, extended: canExtend(regime, type) });
          // Holidays date-holidays names only in English (Memorial Day) stay proper names.
          const untranslated = [...JSON.stringify(result.details).matchAll(/"nameIt":"([^"]+)"/g)].map((match) => match[1] ?? '');
          for (const line of result.lines) {
            const text = renderLine('it', line);
            const checked = untranslated.reduce((rest, name) => rest.replaceAll(name, ''), text);
            expect(englishWords(checked), text).toEqual([]);
          }
        }
      }
    }
  });

  it('reads like the law an Italian DPO quotes: one month from receipt, with the rules cited in Italian', () => {
    const result = computeDeadlines({ regime: 'gdpr', type: 'access', received: '2026-11-30', country: 'IT', extended: false });
    expect(result.lines.map((line) => renderLine('it', line))[0]).toBe(
      'Scadenza mer 30 dic 2026: un mese da lun 30 nov 2026 → mer 30 dic 2026. [art. 12, par. 3, del Regolamento (UE) 2016/679; Reg. (CEE, Euratom) n. 1182/71, art. 3]',
    );
    expect(result.explanation.split('\n')[0]).toBe('Due Wed 30 Dec 2026: one month from Mon 30 Nov 2026 → Wed 30 Dec 2026. [GDPR Art. 12(3); Reg. (EEC, Euratom) 1182/71 Art. 3]');
  });

  it('renders the organisation clock in Italian', () => {
    const clock = computeOrganisationClock('2026-11-30', { responseDays: 30, complexResponseDays: null, acknowledgeDays: 2 }, false);
    expect(renderLine('it', clock.line)).toBe(
      "Impegni dell'organizzazione: risposta 30 giorni di calendario dopo lun 30 nov 2026 → mer 30 dic 2026; conferma di ricezione 2 giorni di calendario dopo lun 30 nov 2026 → mer 2 dic 2026",
    );
  });

  it.each(published.cases.map((entry) => [entry.id, entry] as const))('gives the triage reasons of %s in Italian', (_id, entry) => {
    const result = triageBreachFacts(entry.facts);
    for (const reason of result.reasons) {
      const text = reason.messages.map((message) => renderText('it', message)).join(' ');
      expect(text).toMatch(/^[A-ZÈ].*[.)]$/);
      expect(englishWords(text), text).toEqual([]);
      expect(reason.messages.map((message) => renderText('en', message)).join(' ')).toBe(reason.text);
    }
  });
});
