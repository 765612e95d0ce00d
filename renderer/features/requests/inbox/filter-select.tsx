import { useId } from 'react';

interface FilterSelectProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  className?: string;
}

/** A compact labelled select for the filter bar (every choice is a real value; no "not set"). */
export function FilterSelect<V extends string>({ label, value, options, onChange, className }: FilterSelectProps<V>) {
  const id = useId();
  return (
    <div className={['filter-field', className].filter(Boolean).join(' ')}>
      <label className="filter-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="input select"
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
