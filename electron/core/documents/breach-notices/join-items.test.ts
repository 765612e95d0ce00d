import { describe, expect, it } from 'vitest';
import { joinItems } from './join-items';

describe('a list of effects keeps one conjunction (D13)', () => {
  it('joins plain items as the language does', () => {
    expect(joinItems(['tracking', 'fraud', 'stigma'], 'en')).toBe('tracking, fraud, and stigma');
    expect(joinItems(['tracciamento', 'frodi', 'stigmatizzazione'], 'it')).toBe('tracciamento, frodi e stigmatizzazione');
    expect(joinItems(['one'], 'it')).toBe('one');
    expect(joinItems([], 'en')).toBe('');
  });

  it('joins the last item with "nonché" / "as well as" when an item holds "e" / "and" itself', () => {
    expect(joinItems(['furto d’identità o sostituzione di persona', 'messaggi indesiderati e tentativi di phishing', 'accessi non autorizzati agli account'], 'it')).toBe(
      'furto d’identità o sostituzione di persona, messaggi indesiderati e tentativi di phishing, nonché accessi non autorizzati agli account',
    );
    expect(joinItems(['identity theft or impersonation', 'unwanted messages and phishing attempts', 'unauthorised access to accounts'], 'en')).toBe(
      'identity theft or impersonation, unwanted messages and phishing attempts, as well as unauthorised access to accounts',
    );
    expect(joinItems(['perdite economiche e frodi', 'pagamenti fraudolenti'], 'it')).toBe('perdite economiche e frodi, nonché pagamenti fraudolenti');
  });

  it('counts only the word, not letters inside words ("è", "andare", "Sandra")', () => {
    expect(joinItems(['danni reputazionali', 'perdita di dati sensibili'], 'it')).toBe('danni reputazionali e perdita di dati sensibili');
    expect(joinItems(['Sandra’s files', 'the handbook'], 'en')).toBe('Sandra’s files and the handbook');
  });
});
