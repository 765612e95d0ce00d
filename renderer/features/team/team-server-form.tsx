import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/shared/result';
import { ErrorAlert } from '../../components/error-alert';
import { PassphraseInput } from '../../components/passphrase-input';
import { StatusMessage } from '../../components/status-message';
import { TextField } from '../../components/text-field';
import { call } from '../../lib/api';
import { FormSection } from '../settings/form-section';
import { useVaultStore } from '../vault/vault-store';

type FieldErrors = { url?: string; login?: string; password?: string };

/**
 * A team server's address and the member's login, tested with the password (which is never
 * saved) and then connected to. Connecting locks the local vault and leads to the sign-in
 * screen. Settings → Team server and the first-run screen both show it.
 */
export function TeamServerForm() {
  const { t } = useTranslation();
  const team = useVaultStore((store) => store.team);
  const setTeam = useVaultStore((store) => store.setTeam);
  const [url, setUrl] = useState(() => (team?.server ? `postgres://${team.server.host}:${team.server.port}/${team.server.database}` : ''));
  const [login, setLogin] = useState(team?.server?.login ?? '');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<'test' | 'connect' | null>(null);

  const check = (withPassword: boolean): boolean => {
    const missing: FieldErrors = {
      ...(url.trim() ? {} : { url: t('team.settings.urlRequired') }),
      ...(login.trim() ? {} : { login: t('team.settings.loginRequired') }),
      ...(withPassword && !password ? { password: t('team.settings.passwordRequired') } : {}),
    };
    setFieldErrors(missing);
    return Object.keys(missing).length === 0;
  };

  const test = async (): Promise<void> => {
    setError(null);
    setNotice(null);
    if (!check(true)) return;
    setBusy('test');
    const result = await call('team.test', { url: url.trim(), login: login.trim(), password });
    setBusy(null);
    if (!result.ok) return setError(result.error);
    const { server, member } = result.value;
    setNotice(t('team.settings.tested', { name: member.displayName, role: t(`team.role.${member.role}`), host: server.host, database: server.database }));
  };

  const connect = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    setNotice(null);
    if (!check(false)) return;
    setBusy('connect');
    const result = await call('team.connect', { url: url.trim(), login: login.trim() });
    setBusy(null);
    if (result.ok) await setTeam(result.value);
    else setError(result.error);
  };

  const field = (name: keyof FieldErrors, set: (value: string) => void) => (value: string) => {
    set(value);
    setFieldErrors((current) => ({ ...current, [name]: undefined }));
  };

  return (
    <form className="settings-form" onSubmit={(event) => void connect(event)} noValidate>
      <FormSection title={t('team.settings.formTitle')} description={t('team.settings.formIntro')}>
        <TextField label={t('team.settings.url')} hint={t('team.settings.urlHint')} value={url} onValueChange={field('url', setUrl)} spellCheck={false} autoCapitalize="off" autoComplete="off" error={fieldErrors.url} />
        <TextField label={t('team.settings.login')} value={login} onValueChange={field('login', setLogin)} spellCheck={false} autoCapitalize="off" autoComplete="username" error={fieldErrors.login} />
        <PassphraseInput label={t('team.settings.password')} hint={t('team.settings.passwordHint')} value={password} onValueChange={field('password', setPassword)} autoComplete="current-password" error={fieldErrors.password} />
        <ErrorAlert error={error} />
        <StatusMessage message={notice} />
        <div className="button-row">
          <button type="button" className="button" onClick={() => void test()} disabled={busy !== null}>
            {busy === 'test' ? t('team.settings.testing') : t('team.settings.test')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy !== null}>
            {busy === 'connect' ? t('team.settings.connecting') : t('team.settings.connect')}
          </button>
        </div>
        <p className="fine-print">{t('team.settings.connectNote')}</p>
      </FormSection>
    </form>
  );
}
