import { describe, expect, it } from 'vitest';
import breachesIt from './breaches.it.json';

describe('Breaches in Italian', () => {
  it('say what an Italian DPO says: Garante, interessati, the CIA triad, the phases and the special categories', () => {
    expect(breachesIt.detail.eyebrow).toBe('Violazione dei dati personali');
    expect(breachesIt.notices.authorityTitle).toBe('Notifica al Garante');
    expect(breachesIt.notices.formTitles.subjects).toBe('Comunicazione agli interessati');
    expect(breachesIt.notices.phases).toEqual({ preliminary: 'Notifica preliminare', complete: 'Notifica completa', supplementary: 'Notifica integrativa' });
    expect([breachesIt.facts.names.confidentiality, breachesIt.facts.names.integrity, breachesIt.facts.names.availability]).toEqual(['Riservatezza', 'Integrità', 'Disponibilità']);
    expect(breachesIt.facts.groups.special).toContain('Categorie particolari di dati');
    expect(breachesIt.notices.delayReasons).toBe('Motivi del ritardo');
    expect(breachesIt.actions.title).toBe('Misure adottate');
    expect(breachesIt.triage.notifyAuthority).toContain('entro 72 ore');
  });
});
