import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/shared/result';
import { ErrorAlert } from '../../components/error-alert';
import { PassphraseInput } from '../../components/passphrase-input';
import { StatusMessage } from '../../components/status-message';
import { call } from '../../lib/api';
import { FormSection } from '../settings/form-section';

type FieldErrors = { current?: string; next?: string; repeat?: string };

const MIN_LENGTH = 12;

/**
 * The signed-in member changes their own password on the team server: the current one (it
 * must open their copy of the team key), the new one twice. The server takes the new password
 * and their copy of the key is wrapped again for it in one step; the app signs in again with it,
 * as the same member, so the screen stays where it is.
 */
export function TeamPasswordForm() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    setNotice(null);
    const problems: FieldErrors = {
      ...(current ? {} : { current: t('team.password.currentRequired') }),
      ...(next.length >= MIN_LENGTH ? {} : { next: t('team.password.tooShort', { count: MIN_LENGTH }) }),
      ...(repeat === next ? {} : { repeat: t('team.password.mismatch') }),
    };
    setFieldErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    const result = await call('team.changePassword', { current, next });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setCurrent('');
    setNext('');
    setRepeat('');
    // Signed in again with the new password as the same member: the screen stays as it is.
    setNotice(t('team.password.changed'));
  };

  const field = (name: keyof FieldErrors, set: (value: string) => void) => (value: string) => {
    set(value);
    setFieldErrors((old) => ({ ...old, [name]: undefined }));
  };

  return (
    <form className="settings-form" onSubmit={(event) => void submit(event)} noValidate>
      <FormSection title={t('team.password.title')} description={t('team.password.intro')}>
        <PassphraseInput label={t('team.password.current')} value={current} onValueChange={field('current', setCurrent)} autoComplete="current-password" error={fieldErrors.current} />
        <PassphraseInput label={t('team.password.next')} hint={t('team.password.nextHint', { count: MIN_LENGTH })} value={next} onValueChange={field('next', setNext)} autoComplete="new-password" error={fieldErrors.next} />
        <PassphraseInput label={t('team.password.repeat')} value={repeat} onValueChange={field('repeat', setRepeat)} autoComplete="new-password" error={fieldErrors.repeat} />
        <ErrorAlert error={error} />
        <StatusMessage message={notice} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('team.password.changing') : t('team.password.change')}
          </button>
        </div>
      </FormSection>
    </form>
  );
}
