import { useEffect, useState } from 'react';
import type { CommitmentBeyondLaw } from '../../../electron/shared/commitment-check';
import { call } from '../../lib/api';

/** A day count as typed, or null when the field is empty or not a whole number from 1 to 365 (the form reports that itself). */
function daysOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const days = Number(trimmed);
  return days >= 1 && days <= 365 ? days : null;
}

/** Waits this long after the last keystroke before asking, so typing "30" asks once. */
const SETTLE_MS = 300;

/**
 * The commitments as typed, judged against the law of the regimes the organisation handles,
 * its home law taken from the country as typed (`settings.commitmentCheck`): each one that ends later than the law allows. Answers to
 * superseded values are dropped; a failed check shows no warning rather than a wrong one.
 */
export function useCommitmentCheck(typed: { responseDays: string; complexResponseDays: string; acknowledgeDays: string; country: string; subdivision: string }): CommitmentBeyondLaw[] {
  const [findings, setFindings] = useState<CommitmentBeyondLaw[]>([]);
  const response = daysOf(typed.responseDays);
  const complex = daysOf(typed.complexResponseDays);
  const acknowledge = daysOf(typed.acknowledgeDays);
  const country = typed.country || null;
  const subdivision = typed.subdivision || null;
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void call('settings.commitmentCheck', { responseDays: response, complexResponseDays: complex, acknowledgeDays: acknowledge, country, subdivision }).then((result) => {
        if (current) setFindings(result.ok ? result.value : []);
      });
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [response, complex, acknowledge, country, subdivision]);
  return findings;
}
