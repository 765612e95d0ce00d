import { describe, expect, it } from 'vitest';
import { renderText } from '../../i18n';
import { competentAuthorities } from './authorities';
import { triageBreach } from './triage';
import { parseBreachFacts } from './parse-breach-facts';

/** A breach's required facts; each case adds where the controller is and whom it affects. */
const base = {
  awareAt: '2026-03-27T10:00:00+01:00',
  confidentiality: 'unknown-recipients',
  integrity: 'none',
  availability: 'none',
  maliciousIntent: true,
  dataCategories: ['contact'],
  subjects: 200,
};

describe('which authority to notify', () => {
  it('a purely Italian case: the Garante (Arts 33(1), 55(1))', () => {
    expect(competentAuthorities({ establishments: ['IT'], mainEstablishment: null, affectedCountries: ['IT'] })).toMatchObject({
      basis: 'single-state',
      authorities: [{ country: 'IT', name: 'Garante per la protezione dei dati personali' }],
    });
  });

  it('cross-border processing by an EU controller: the lead authority of the main establishment (Art. 56(1); EDPB 9/2022 paras 70–71)', () => {
    const found = competentAuthorities({ establishments: ['IT', 'FR'], mainEstablishment: 'IT', affectedCountries: ['IT', 'FR', 'DE'] });
    expect(found).toMatchObject({ basis: 'one-stop-shop', authorities: [{ country: 'IT' }] });
    expect(renderText('en', found.reason)).toContain('Art. 56(1)');
    // A single establishment with people affected elsewhere is cross-border too (Art. 4(23)(b)).
    const single = competentAuthorities({ establishments: ['IE'], mainEstablishment: null, affectedCountries: ['IE', 'NL'] });
    expect(single).toMatchObject({ basis: 'one-stop-shop', authorities: [{ country: 'IE', name: 'Data Protection Commission' }] });
    // Art. 56(1) says "main establishment or … single establishment": with one, the reason names the single one.
    expect(renderText('en', single.reason)).toContain('that of the single establishment (Art. 56(1)');
    expect(renderText('it', single.reason)).toContain('quella dello stabilimento unico (art. 56, par. 1');
    expect(renderText('en', found.reason)).toContain('that of the main establishment in IT');
  });

  it('a controller outside the EU: every authority where affected people live (EDPB 9/2022 para 73)', () => {
    const found = competentAuthorities({ establishments: [], mainEstablishment: null, affectedCountries: ['FR', 'IT', 'FR', 'ES'] });
    expect(found.basis).toBe('non-eu-controller');
    expect(found.authorities.map((a) => a.country)).toEqual(['ES', 'FR', 'IT']);
    expect(renderText('en', found.reason)).toContain('para 73');
  });

  it('asks for the main establishment when there are several and none is named', () => {
    expect(competentAuthorities({ establishments: ['IT', 'FR'], mainEstablishment: null, affectedCountries: [] })).toMatchObject({ basis: 'unknown', authorities: [] });
  });

  it('the triage names them in its result and its reasons', () => {
    const facts = parseBreachFacts({
      ...base,
      establishments: ['IT'],
      affectedCountries: ['IT'],
    });
    const result = triageBreach(facts);
    expect(result.authorities).toEqual([{ country: 'IT', name: 'Garante per la protezione dei dati personali' }]);
    expect(result.reasons.find((r) => r.factor === 'competent-authority')?.text).toContain('Established only in IT');
  });

  it('refuses a state outside the EU/EEA', () => {
    expect(() => parseBreachFacts({ ...base, establishments: ['US'] })).toThrow('must be the two-letter code of an EU or EEA state');
  });
});
