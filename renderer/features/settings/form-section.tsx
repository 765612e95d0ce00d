import type { ReactNode } from 'react';

/** A titled group of related fields (a fieldset, so its legend is announced with each field). */
export function FormSection({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <fieldset className="form-section">
      <legend className="form-section-title">{title}</legend>
      {description ? <p className="form-section-description">{description}</p> : null}
      <div className="form-section-body">{children}</div>
    </fieldset>
  );
}
