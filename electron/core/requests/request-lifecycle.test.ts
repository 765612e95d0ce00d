import { describe, expect, it } from 'vitest';
import { REQUEST_STATUSES } from '../../shared/requests';
import { renderText } from '../i18n';
import { allowedTransitions, isOpen, transitionProblem as problemMessage } from './request-lifecycle';
import type { RequestStatus } from '../../shared/requests';

const transitionProblem = (from: RequestStatus, to: RequestStatus, language: 'en' | 'it' = 'en') => {
  const problem = problemMessage(from, to);
  return problem && renderText(language, problem);
};

describe('request lifecycle', () => {
  it('allows the legal path and withdrawal from every open status', () => {
    expect(transitionProblem('received', 'awaiting-identity')).toBeNull();
    expect(transitionProblem('awaiting-identity', 'in-progress')).toBeNull();
    expect(transitionProblem('in-progress', 'extended')).toBeNull();
    expect(transitionProblem('extended', 'responded')).toBeNull();
    for (const status of ['received', 'awaiting-identity', 'in-progress', 'extended'] as const) {
      expect(transitionProblem(status, 'withdrawn')).toBeNull();
      expect(isOpen(status)).toBe(true);
    }
  });

  it('refuses moves backwards and out of closed requests, naming what is allowed', () => {
    expect(transitionProblem('extended', 'in-progress')).toBe('A request that is extended cannot move to in progress; allowed: responded, withdrawn');
    expect(transitionProblem('extended', 'in-progress', 'it')).toBe('Una richiesta nello stato «prorogata» non può passare a «in lavorazione»; passaggi ammessi: evasa, ritirata');
    expect(transitionProblem('responded', 'in-progress')).toBe('The request is responded and closed; it cannot move to in progress');
    expect(transitionProblem('in-progress', 'in-progress')).toBe('The request is already in progress');
    expect(allowedTransitions('withdrawn')).toEqual([]);
  });

  it('never allows a status to move to itself', () => {
    for (const status of REQUEST_STATUSES) expect(allowedTransitions(status)).not.toContain(status);
  });
});
