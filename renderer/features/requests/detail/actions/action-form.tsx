import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../electron/shared/result';
import { ErrorAlert } from '../../../../components/error-alert';
import { useEditedForm } from '../../../../lib/unsaved-changes';

interface ActionFormProps {
  title: string;
  submitLabel: string;
  busy: boolean;
  error: ApiError | null;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * The frame of every step's small form: its title, its fields (the first takes focus when it
 * opens), the API's error in place, the step itself and Cancel. Once the DPO edits a field,
 * leaving the page asks first (the step's form closes when it is done or cancelled).
 */
export function ActionForm({ title, submitLabel, busy, error, onSubmit, onCancel, children }: ActionFormProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLFormElement>(null);
  const titleId = useId();
  const edits = useEditedForm();
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <form ref={ref} className="action-form" onSubmit={submit} onInput={edits.onInput} noValidate aria-labelledby={titleId}>
      <h3 id={titleId} className="action-form-title">
        {title}
      </h3>
      <div className="action-form-body">{children}</div>
      <ErrorAlert error={error} />
      <div className="button-row action-form-buttons">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('requests.actions.saving') : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('requests.actions.cancel')}
        </button>
      </div>
    </form>
  );
}
