import './deadlines.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlinePreferences } from '../../../electron/shared/reminders';
import type { ApiError } from '../../../electron/shared/result';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorAlert } from '../../components/error-alert';
import { StatusMessage } from '../../components/status-message';
import { TimeField } from '../../components/time-field';
import { TextField } from '../../components/text-field';
import { call } from '../../lib/api';
import { useApi } from '../../lib/use-api';
import { browserNotificationsAvailable } from '../dashboard/use-browser-notifications';
import { FormSection } from '../settings/form-section';
import { parseLeadList } from './lead-list';

/** Settings → Reminders: lead times for breaches (hours) and dates (days), the time of day, desktop notifications and whether they name people. */
export function RemindersTab() {
  const { t } = useTranslation();
  const [preferences, setPreferences] = useState<DeadlinePreferences | null>(null);
  const [hours, setHours] = useState('');
  const [days, setDays] = useState('');
  const [time, setTime] = useState('09:00');
  const [desktop, setDesktop] = useState(true);
  const [names, setNames] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<{ hours?: string; days?: string }>({});
  const [saveError, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [permission, setPermission] = useState(() => (browserNotificationsAvailable() ? Notification.permission : null));

  const show = (p: DeadlinePreferences) => {
    setPreferences(p);
    setHours(p.breachHours.join(', '));
    setDays(p.requestDays.join(', '));
    setTime(p.timeOfDay);
    setDesktop(p.desktopNotifications);
    setNames(p.namesInNotifications);
  };

  const loaded = useApi('deadlines.preferences', {}, { onData: show });
  const error = saveError ?? loaded.error;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const breachHours = parseLeadList(hours, 1, 71);
    const requestDays = parseLeadList(days, 0, 60);
    setFieldErrors({ hours: breachHours ? undefined : t('dashboard.reminders.invalidList'), days: requestDays ? undefined : t('dashboard.reminders.invalidList') });
    if (!breachHours || !requestDays) return;
    const result = await call('deadlines.updatePreferences', { changes: { breachHours, requestDays, timeOfDay: time, desktopNotifications: desktop, namesInNotifications: names } });
    if (!result.ok) return setError(result.error);
    setError(null);
    show(result.value);
    setNotice(t('dashboard.reminders.saved'));
  };

  if (!preferences) return <ErrorAlert error={error} />;
  return (
    <form className="settings-form" onSubmit={(event) => void submit(event)} noValidate>
      <FormSection title={t('dashboard.reminders.title')} description={t('dashboard.reminders.intro')}>
        <div className="reminder-fields">
          <TextField label={t('dashboard.reminders.breachHours')} hint={t('dashboard.reminders.breachHoursHint')} value={hours} onValueChange={setHours} error={fieldErrors.hours} inputMode="numeric" />
          <TextField label={t('dashboard.reminders.requestDays')} hint={t('dashboard.reminders.requestDaysHint')} value={days} onValueChange={setDays} error={fieldErrors.days} inputMode="numeric" />
          <TimeField label={t('dashboard.reminders.timeOfDay')} hint={t('dashboard.reminders.timeOfDayHint')} value={time} onValueChange={setTime} />
        </div>
        <CheckboxField label={t('dashboard.reminders.desktop')} hint={t('dashboard.reminders.desktopHint')} checked={desktop} onCheckedChange={setDesktop} />
        {permission === 'default' ? (
          <div>
            <p className="field-hint">{t('dashboard.reminders.browserHint')}</p>
            <button type="button" className="button" onClick={() => void Notification.requestPermission().then(setPermission)}>
              {t('dashboard.reminders.browserAllow')}
            </button>
          </div>
        ) : null}
        <CheckboxField label={t('dashboard.reminders.names')} hint={t('dashboard.reminders.namesHint')} checked={names} onCheckedChange={setNames} disabled={!desktop} />
        <ErrorAlert error={error} />
        <StatusMessage message={notice} />
        <div>
          <button type="submit" className="button button-primary">
            {t('common.save')}
          </button>
        </div>
      </FormSection>
    </form>
  );
}
