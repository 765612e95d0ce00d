import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamStatus } from '../../../electron/shared/contract/team';
import type { VaultStatus } from '../../../electron/shared/contract/vault';
import type { ApiError } from '../../../electron/shared/result';
import { AuthLayout } from '../../components/auth-layout';
import { ErrorAlert } from '../../components/error-alert';
import { PassphraseInput } from '../../components/passphrase-input';
import { ScreenHeading } from '../../components/screen-heading';
import { TextField } from '../../components/text-field';
import { call } from '../../lib/api';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useVaultStore } from '../vault/vault-store';
import { useSwitchToLocal } from './use-switch-to-local';

/**
 * Team mode's unlock screen: "Sign in to host/database" with the member's login (the one
 * saved with the server, changeable) and password. The server's refusal comes back said
 * plainly (wrong password, disabled or unknown member, TLS refused, unreachable). A way back
 * to the local vault, unless the server is set where the app was started.
 */
export function TeamSignInScreen({ team, status }: { team: TeamStatus & { server: NonNullable<TeamStatus['server']> }; status: VaultStatus }) {
  const { t } = useTranslation();
  const { server } = team;
  const title = t('team.signIn.title', { server: `${server.host}/${server.database}` });
  useDocumentTitle(title);
  const setTeam = useVaultStore((store) => store.setTeam);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [login, setLogin] = useState(server.login);
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ login?: string; password?: string }>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const missing = { ...(login.trim() ? {} : { login: t('team.signIn.loginRequired') }), ...(password ? {} : { password: t('team.signIn.passwordRequired') }) };
    setFieldErrors(missing);
    if (missing.login || missing.password) return;
    setBusy(true);
    const result = await call('team.signIn', { login: login.trim(), password });
    setBusy(false);
    if (result.ok) return setTeam(result.value);
    setError(result.error);
    passwordRef.current?.select();
  };

  const { switchToLocal, switching, switchError } = useSwitchToLocal();

  return (
    <AuthLayout footer={t('team.signIn.footer')}>
      <ScreenHeading>{title}</ScreenHeading>
      {status.lockedBy === 'idle' && status.autoLockMinutes ? (
        <p className="info-note">{t('team.signIn.lockedIdle', { count: status.autoLockMinutes })}</p>
      ) : (
        <p className="lead">{t('team.signIn.intro', { host: server.host, database: server.database })}</p>
      )}
      <form className="form-stack" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('team.signIn.login')}
          value={login}
          onValueChange={(value) => {
            setLogin(value);
            setFieldErrors((current) => ({ ...current, login: undefined }));
          }}
          autoComplete="username"
          spellCheck={false}
          autoCapitalize="off"
          error={fieldErrors.login}
        />
        <PassphraseInput
          ref={passwordRef}
          label={t('team.signIn.password')}
          value={password}
          onValueChange={(value) => {
            setPassword(value);
            setFieldErrors((current) => ({ ...current, password: undefined }));
          }}
          autoComplete="current-password"
          error={fieldErrors.password}
        />
        <ErrorAlert error={error ?? switchError} />
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? t('team.signIn.submitting') : t('team.signIn.submit')}
        </button>
      </form>
      {server.source === 'environment' ? (
        <p className="fine-print">{t('team.signIn.fromEnvironment')}</p>
      ) : (
        <button type="button" className="button button-ghost button-block" onClick={() => void switchToLocal()} disabled={busy || switching}>
          {t('team.signIn.useLocal')}
        </button>
      )}
    </AuthLayout>
  );
}
