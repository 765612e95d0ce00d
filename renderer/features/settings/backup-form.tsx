import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupRun } from '../../../electron/shared/backup';
import type { ApiError } from '../../../electron/shared/result';
import type { Settings } from '../../../electron/shared/settings';
import { ErrorAlert } from '../../components/error-alert';
import { RadioChoice } from '../../components/radio-choice';
import { StatusMessage } from '../../components/status-message';
import { TextField } from '../../components/text-field';
import { call } from '../../lib/api';
import { useApi } from '../../lib/use-api';
import { FormSection } from './form-section';

type Schedule = Settings['backup.schedule'];

/**
 * A stored instant in the UI language, in the organisation's time zone (named, so nobody
 * reads it in another zone); the machine's zone only when the organisation has none yet.
 */
export function formatBackupTime(iso: string, language: string, zone: string | null): string {
  const timeZone = zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'long', timeZone }).format(new Date(iso));
}

/**
 * Settings → Security → Backups: the folder and schedule of automatic backups, "Back up
 * now", and the time of the last good backup.
 */
export function BackupForm({ settings, onSaved }: { settings: Settings; onSaved: (settings: Settings) => void }) {
  const { t, i18n } = useTranslation();
  const [folder, setFolder] = useState(settings['backup.folder'] ?? '');
  const [schedule, setSchedule] = useState<Schedule>(settings['backup.schedule']);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [lastRun, setLastRun] = useState<BackupRun | null>(null);
  const [busy, setBusy] = useState<'save' | 'backup' | null>(null);

  const { data: status, reload: loadStatus } = useApi('backup.status', {});

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setNotice(null);
    setBusy('save');
    const result = await call('settings.update', { changes: { 'backup.folder': folder.trim() || null, 'backup.schedule': schedule } });
    setBusy(null);
    if (!result.ok) {
      if (result.error.issues?.length) setFieldError(t('backup.settings.folderInvalid'));
      else setError(result.error);
      return;
    }
    setNotice(t('backup.settings.saved'));
    onSaved(result.value);
    await loadStatus();
  };

  const backUpNow = async (): Promise<void> => {
    if (busy) return;
    setError(null);
    setNotice(null);
    setLastRun(null);
    setBusy('backup');
    const result = await call('backup.run', folder.trim() ? { toDir: folder.trim() } : {});
    setBusy(null);
    if (!result.ok) return setError(result.error);
    setLastRun(result.value);
    setNotice(t('backup.settings.done', { name: result.value.name }));
    await loadStatus();
  };

  return (
    <form className="settings-form" onSubmit={(event) => void save(event)} noValidate>
      <FormSection title={t('backup.settings.title')} description={t('backup.settings.intro')}>
        <TextField
          label={t('backup.settings.folder')}
          value={folder}
          onValueChange={(value) => {
            setFolder(value);
            setFieldError(null);
          }}
          hint={t('backup.settings.folderHint')}
          error={fieldError}
          spellCheck={false}
          autoComplete="off"
        />
        <RadioChoice
          legend={t('backup.settings.schedule')}
          value={schedule}
          onValueChange={setSchedule}
          inline
          options={[
            { value: 'daily', label: t('backup.settings.daily') },
            { value: 'weekly', label: t('backup.settings.weekly') },
          ]}
        />
        <p className="form-section-description">{t('backup.settings.rotation')}</p>
        <p className="info-note" data-testid="last-backup">
          {status?.lastGoodAt ? t('backup.settings.lastGood', { when: formatBackupTime(status.lastGoodAt, i18n.language, settings['organisation.timeZone']) }) : t('backup.settings.never')}
        </p>
        <div className="button-row">
          <button type="submit" className="button" disabled={busy !== null}>
            {busy === 'save' ? t('common.saving') : t('backup.settings.save')}
          </button>
          <button type="button" className="button button-primary" disabled={busy !== null} onClick={() => void backUpNow()}>
            {busy === 'backup' ? t('backup.settings.backingUp') : t('backup.settings.backUpNow')}
          </button>
        </div>
        <ErrorAlert error={error} />
        <StatusMessage message={notice} />
        {lastRun ? <p className="fine-print">{t('backup.settings.headHash', { hash: lastRun.headHash })}</p> : null}
      </FormSection>
    </form>
  );
}
