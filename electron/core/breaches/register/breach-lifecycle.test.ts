import { describe, expect, it } from 'vitest';
import { BREACH_STATUSES } from '../../../shared/breaches';
import { renderText } from '../../i18n';
import { allowedTransitions, isOpen, transitionProblem as problemMessage, type LifecycleFacts } from './breach-lifecycle';

const transitionProblem = (facts: LifecycleFacts, to: Parameters<typeof problemMessage>[1], language: 'en' | 'it' = 'en') => {
  const problem = problemMessage(facts, to);
  return problem && renderText(language, problem);
};

const decided = { notifyAuthority: true, notifySubjects: false, art34Exemption: null, stale: false };
const facts = (changes: Partial<LifecycleFacts>): LifecycleFacts => ({
  status: 'open',
  triaged: true,
  missingFacts: [],
  decision: decided,
  notifications: { authority: 0, subjects: 0, public: 0 },
  measures: 1,
  ...changes,
});

describe('breach lifecycle', () => {
  it('moves one step at a time and never backwards or out of closed', () => {
    expect(allowedTransitions('open')).toEqual(['assessed']);
    expect(allowedTransitions('assessed')).toEqual(['notified']);
    expect(allowedTransitions('notified')).toEqual(['closed']);
    expect(allowedTransitions('closed')).toEqual([]);
    for (const status of BREACH_STATUSES) expect(allowedTransitions(status)).not.toContain(status);
    expect(isOpen('notified')).toBe(true);
    expect(isOpen('closed')).toBe(false);
    expect(transitionProblem(facts({ status: 'assessed' }), 'open')).toBe('A breach that is assessed cannot move to open; next: notified');
    expect(transitionProblem(facts({ status: 'open' }), 'closed')).toBe('A breach that is open cannot move to closed; next: assessed');
    expect(transitionProblem(facts({ status: 'closed' }), 'open')).toBe('The breach is closed; it cannot move to open');
    expect(transitionProblem(facts({ status: 'assessed' }), 'assessed')).toBe('The breach is already assessed');
    expect(transitionProblem(facts({ status: 'assessed' }), 'open', 'it')).toBe('Una violazione nello stato «valutata» non può passare a «aperta»; passo successivo: notificata');
  });

  it('assesses only a triaged breach with a current decision', () => {
    expect(transitionProblem(facts({ triaged: false, missingFacts: ['subjects', 'integrity'] }), 'assessed')).toBe(
      'Complete the facts first so the breach can be triaged; missing: Approximate number of people, Integrity',
    );
    expect(transitionProblem(facts({ decision: null }), 'assessed')).toBe('Record your decision on notifying the authority and the people first');
    expect(transitionProblem(facts({ decision: { ...decided, stale: true } }), 'assessed')).toMatch(/^The facts changed after your decision/);
    expect(transitionProblem(facts({}), 'assessed')).toBeNull();
  });

  it('goes no further on a decision the changed facts have made stale', () => {
    const stale = { decision: { ...decided, stale: true }, notifications: { authority: 1, subjects: 1, public: 1 } };
    expect(transitionProblem(facts({ ...stale, status: 'assessed' }), 'notified')).toMatch(/record the decision again$/);
    expect(transitionProblem(facts({ ...stale, status: 'notified' }), 'closed')).toMatch(/record the decision again$/);
  });

  it('counts as notified once the authority is told, or when the decision is not to tell it', () => {
    const assessed = { status: 'assessed' as const };
    expect(transitionProblem(facts(assessed), 'notified')).toMatch(/^Record the notification to the authority first/);
    expect(transitionProblem(facts({ ...assessed, notifications: { authority: 1, subjects: 0, public: 0 } }), 'notified')).toBeNull();
    expect(transitionProblem(facts({ ...assessed, decision: { ...decided, notifyAuthority: false } }), 'notified')).toBeNull();
  });

  it('closes only when the people, or the public under Art. 34(3)(c), have been told as decided', () => {
    const notified = { status: 'notified' as const };
    expect(transitionProblem(facts({ ...notified, decision: { ...decided, notifySubjects: true } }), 'closed')).toMatch(/tell the people affected/);
    expect(
      transitionProblem(facts({ ...notified, decision: { ...decided, notifySubjects: true }, notifications: { authority: 1, subjects: 1, public: 0 } }), 'closed'),
    ).toBeNull();
    expect(transitionProblem(facts({ ...notified, decision: { ...decided, art34Exemption: 'c' } }), 'closed')).toMatch(/public communication/);
    expect(transitionProblem(facts({ ...notified, decision: { ...decided, art34Exemption: 'a' } }), 'closed')).toBeNull();
  });

  it('closes only with the remedial action taken recorded, or a measure saying why none was needed (Art. 33(5); review 4, D2)', () => {
    const none = facts({ status: 'notified', measures: 0 });
    expect(transitionProblem(none, 'closed')).toBe(
      'No remedial action is recorded for this breach, and the register must give the remedial action taken (Art. 33(5)): record it under “Measures taken” before closing; if none was needed, record a measure of kind “Other” saying why',
    );
    expect(transitionProblem(none, 'closed', 'it')).toBe(
      'Per questa violazione non è registrata alcuna misura adottata per porvi rimedio, che il registro deve riportare (art. 33, par. 5): registrala in «Misure adottate» prima di chiudere; se non ne serviva alcuna, registra una misura di tipo «Altro» che spieghi perché',
    );
    // Only closing asks for it: a breach is assessed and notified before any measure is taken.
    expect(transitionProblem(facts({ status: 'assessed', measures: 0, notifications: { authority: 1, subjects: 0, public: 0 } }), 'notified')).toBeNull();
    expect(transitionProblem(facts({ status: 'notified', measures: 1 }), 'closed')).toBeNull();
  });
});
