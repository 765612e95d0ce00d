import { useState } from 'react';
import type { DateTextProblem, DateTextReading } from '../lib/date-text';

/** The value a reading gives the form: the ISO text, '' for nothing, else the text as typed. */
function valueOf(reading: DateTextReading, text: string): string {
  if (reading.kind === 'value') return reading.value;
  return reading.kind === 'empty' ? '' : text.trim();
}

/**
 * The typed text behind a date or date-time field. The form keeps ISO values; the field shows
 * them in the app's format and hands back each edit as the ISO value when it reads as one, ''
 * when empty, and otherwise the text as typed (so a wrong date never becomes a silent blank).
 * A new value from outside (a reset, a clock that proposes now) replaces the text unless the
 * text already reads as it; a caller that keeps only some edits leaves the text as typed.
 */
export function useTypedDate(value: string, onValueChange: (value: string) => void, read: (text: string) => DateTextReading, show: (value: string) => string) {
  const [text, setText] = useState(() => show(value));
  const [seen, setSeen] = useState(value);
  const [left, setLeft] = useState(false);
  if (value !== seen) {
    setSeen(value);
    if (valueOf(read(text), text) !== value) setText(show(value));
  }
  const reading = read(text);
  const problem: DateTextProblem | null = reading.kind === 'problem' ? reading.problem : null;
  return {
    text,
    /** The problem with the text once the DPO has left the field, or when the form reports an error on it. */
    problemShown: (formError: boolean): DateTextProblem | null => (left || formError ? problem : null),
    onChange: (next: string) => {
      setText(next);
      onValueChange(valueOf(read(next), next));
    },
    onBlur: () => {
      setLeft(true);
      if (reading.kind === 'value') setText(show(reading.value));
    },
  };
}
