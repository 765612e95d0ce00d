import { useId, useState, type KeyboardEvent } from 'react';

interface ChipsInputProps {
  label: string;
  values: string[];
  onValuesChange: (values: string[]) => void;
  /** Adds one typed value to the list (dedupes, trims); returns the new list. */
  add: (values: string[], value: string) => string[];
  addLabel: string;
  removeLabel: (value: string) => string;
  emptyLabel: string;
  hint?: string;
  error?: string | null;
  suggestions?: readonly string[];
  maxLength?: number;
}

/**
 * A list of short free-text values as removable chips: type and press Enter (or a comma, or
 * Add); Backspace in the empty input removes the last one. Suggestions come from a datalist.
 */
export function ChipsInput({ label, values, onValuesChange, add, addLabel, removeLabel, emptyLabel, hint, error, suggestions = [], maxLength }: ChipsInputProps) {
  const id = useId();
  const [text, setText] = useState('');
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const listId = `${id}-suggestions`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  const commit = () => {
    if (!text.trim()) return;
    onValuesChange(add(values, text));
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Backspace' && text === '' && values.length > 0) {
      onValuesChange(values.slice(0, -1));
    }
  };

  return (
    <div className="field chips-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <ul className="chips" aria-label={label}>
        {values.length === 0 ? <li className="chips-empty">{emptyLabel}</li> : null}
        {values.map((value) => (
          <li key={value} className="chip chip-value">
            <span>{value}</span>
            <button type="button" className="chip-remove" aria-label={removeLabel(value)} onClick={() => onValuesChange(values.filter((v) => v !== value))}>
              <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                <path d="M2 2l6 6M8 2 2 8" />
              </svg>
            </button>
          </li>
        ))}
      </ul>
      <div className="field-control">
        <input
          id={id}
          className="input"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          list={suggestions.length > 0 ? listId : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          maxLength={maxLength}
          autoComplete="off"
        />
        <button type="button" className="button" onClick={commit} disabled={!text.trim()}>
          {addLabel}
        </button>
      </div>
      {suggestions.length > 0 ? (
        <datalist id={listId}>
          {suggestions
            .filter((suggestion) => !values.includes(suggestion))
            .map((suggestion) => (
              <option key={suggestion} value={suggestion} />
            ))}
        </datalist>
      ) : null}
      {hint ? (
        <div className="field-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
