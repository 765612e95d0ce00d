interface CheckGridProps<V extends string> {
  legend: string;
  options: readonly { value: V; label: string }[];
  value: readonly V[];
  onValueChange: (value: V[]) => void;
  className?: string;
}

/** A group of checkboxes laid out in columns; the chosen values keep the options' order. */
export function CheckGrid<V extends string>({ legend, options, value, onValueChange, className }: CheckGridProps<V>) {
  const toggle = (option: V, on: boolean) =>
    onValueChange(options.map((o) => o.value).filter((v) => (v === option ? on : value.includes(v))));
  return (
    <fieldset className={['check-grid-field', className].filter(Boolean).join(' ')}>
      <legend className="field-label">{legend}</legend>
      <div className="check-grid">
        {options.map((option) => (
          <label key={option.value} className="category-option">
            <input type="checkbox" checked={value.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
