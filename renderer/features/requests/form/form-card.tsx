import type { ReactNode } from 'react';

/** A titled group of the form's fields: a fieldset, so its legend is announced with each field. */
export function FormCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="form-section">
      <legend className="form-section-title">{title}</legend>
      <div className="form-section-body">{children}</div>
    </fieldset>
  );
}
