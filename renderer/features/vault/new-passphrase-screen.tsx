import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../../../electron/shared/result';
import { AuthLayout } from '../../components/auth-layout';
import { ErrorAlert } from '../../components/error-alert';
import { ScreenHeading } from '../../components/screen-heading';
import { useDocumentTitle } from '../../lib/use-document-title';
import { NewPassphraseFields } from './new-passphrase-fields';
import { useNewPassphrase } from './use-new-passphrase';

export interface NewPassphraseScreenProps {
  title: string;
  intro: string;
  label: string;
  submitLabel: string;
  submittingLabel: string;
  /** Sends the chosen passphrase; returns the API error, or null on success. */
  onSubmit: (passphrase: string) => Promise<ApiError | null>;
  /** Shown under the primary button (a "Not now", say). */
  secondary?: (busy: boolean) => ReactNode;
  footer?: ReactNode;
}

/**
 * A screen that asks for a new passphrase (create the vault, reset it with the recovery
 * key): strength meter, confirmation, and a refusal from main shown on the field.
 */
export function NewPassphraseScreen(props: NewPassphraseScreenProps) {
  useDocumentTitle(props.title);
  const state = useNewPassphrase();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setBusy(true);
    try {
      if (!(await state.validate())) return;
      const failure = await props.onSubmit(state.passphrase);
      if (failure?.code === 'WEAK_PASSPHRASE') state.refuseAsWeak();
      else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthLayout>
      <ScreenHeading>{props.title}</ScreenHeading>
      <p className="lead">{props.intro}</p>
      <form className="form-stack" onSubmit={(event) => void submit(event)} noValidate>
        <NewPassphraseFields state={state} label={props.label} />
        <ErrorAlert error={error} />
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? props.submittingLabel : props.submitLabel}
        </button>
        {props.secondary?.(busy)}
      </form>
      {props.footer}
    </AuthLayout>
  );
}
