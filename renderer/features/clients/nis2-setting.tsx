import './clocks.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/shared/result';
import { ErrorAlert } from '../../components/error-alert';
import { RadioChoice } from '../../components/radio-choice';
import { StatusMessage } from '../../components/status-message';
import { TextField } from '../../components/text-field';
import { call } from '../../lib/api';
import { useApi } from '../../lib/use-api';

type Scope = 'none' | 'essential' | 'important';

/** Whether the organisation is within NIS2 and its CSIRT: a significant incident gets the NIS2 clocks only when it is. */
export function Nis2Setting() {
  const { t } = useTranslation();
  const [scope, setScope] = useState<Scope>('none');
  const [authority, setAuthority] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useApi('settings.get', {}, {
    onData: (settings) => {
      setScope(settings['nis2.scope'] ?? 'none');
      setAuthority(settings['nis2.authority'] ?? '');
    },
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await call('settings.update', { changes: { 'nis2.scope': scope, 'nis2.authority': authority.trim() || null } });
    setError(result.ok ? null : result.error);
    setNotice(result.ok ? t('clients.nis2.saved') : null);
  };
  return (
    <form className="ropa-card nis2-card" onSubmit={(event) => void submit(event)} aria-label={t('clients.nis2.title')}>
      <h2 className="ropa-card-title">{t('clients.nis2.title')}</h2>
      <RadioChoice
        legend={t('clients.nis2.scope')}
        value={scope}
        inline
        options={(['none', 'essential', 'important'] as const).map((value) => ({ value, label: t(`clients.nis2.scopes.${value}`) }))}
        onValueChange={setScope}
      />
      {scope !== 'none' ? <TextField label={t('clients.nis2.authority')} value={authority} onValueChange={setAuthority} hint={t('clients.nis2.authorityHint')} /> : null}
      <ErrorAlert error={error} />
      <StatusMessage message={notice} />
      <div className="button-row">
        <button type="submit" className="button">
          {t('clients.nis2.save')}
        </button>
      </div>
    </form>
  );
}
