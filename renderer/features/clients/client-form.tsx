import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../electron/shared/clients';
import type { Activity } from '../../../electron/shared/registers';
import type { ApiError, FieldIssue } from '../../../electron/shared/result';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorAlert } from '../../components/error-alert';
import { RadioChoice } from '../../components/radio-choice';
import { SelectField } from '../../components/select-field';
import { DateField } from '../../components/date-field';
import { TextField } from '../../components/text-field';
import { TextareaField } from '../../components/textarea-field';
import { call } from '../../lib/api';
import { useUnsavedValues } from '../../lib/unsaved-changes';
import { clientDraftOf, clientInput, emptyClientDraft, invalidNumbers, type ClientDraft } from './client-draft';

const APPROVALS = ['general', 'specific', 'none'] as const;

/** Adds a client or changes one: who it is, its privacy contact, and the processing agreement's terms that set our clocks. */
export function ClientForm({ client, activities, onSaved, onCancel }: { client: Client | null; activities: Activity[]; onSaved: (saved: Client) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ClientDraft>(client ? clientDraftOf(client) : emptyClientDraft);
  const unsaved = useUnsavedValues(draft);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [invalid, setInvalid] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ClientDraft>(key: K) => (value: ClientDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const issue = (field: string) => (invalid.includes(field) ? t('clients.form.wholeNumber') : (issues.find((i) => i.path === `client.${field}` || i.path.startsWith(`client.${field}.`))?.message ?? null));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const bad = invalidNumbers(draft);
    setInvalid(bad);
    if (bad.length > 0) return;
    setBusy(true);
    const result = await call('clients.save', { ...(client ? { id: client.id } : {}), client: clientInput(draft) });
    setBusy(false);
    if (result.ok) {
      unsaved.settle();
      return onSaved(result.value);
    }
    setIssues(result.error.issues ?? []);
    setError(result.error.issues?.length ? null : result.error);
  };

  const title = client ? t('clients.form.editTitle', { name: client.name }) : t('clients.form.addTitle');
  const toggleActivity = (id: string, on: boolean) => setDraft((d) => ({ ...d, activityIds: on ? [...d.activityIds, id] : d.activityIds.filter((a) => a !== id) }));
  return (
    <form className="ropa-card ropa-form" onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
      <h2 className="ropa-card-title">{title}</h2>
      <div className="field-grid">
        <TextField label={t('clients.form.name')} value={draft.name} onValueChange={set('name')} error={issue('name')} />
        <TextField label={t('clients.form.country')} value={draft.country} onValueChange={set('country')} error={issue('country')} hint={t('clients.form.countryHint')} maxLength={2} />
      </div>
      <TextField label={t('clients.form.contact')} value={draft.privacyContact} onValueChange={set('privacyContact')} error={issue('privacyContact')} hint={t('clients.form.contactHint')} />
      <div className="field-grid">
        <DateField label={t('clients.form.signedOn')} value={draft.agreementSignedOn} onValueChange={set('agreementSignedOn')} error={issue('agreementSignedOn')} />
        <TextField label={t('clients.form.file')} value={draft.agreementFile} onValueChange={set('agreementFile')} hint={t('clients.form.fileHint')} />
      </div>
      <fieldset className="ropa-purposes">
        <legend>{t('clients.form.terms')}</legend>
        <div className="field-grid">
          <TextField label={t('clients.form.breachHours')} inputMode="numeric" value={draft.breachNoticeHours} onValueChange={set('breachNoticeHours')} error={issue('breachNoticeHours')} hint={t('clients.form.breachHoursHint')} />
          <TextField label={t('clients.form.requestDays')} inputMode="numeric" value={draft.requestDays} onValueChange={set('requestDays')} error={issue('requestDays')} hint={t('clients.form.requestDaysHint')} />
        </div>
        <RadioChoice
          legend={t('clients.form.basis')}
          value={draft.requestDaysBasis}
          inline
          options={[
            { value: 'calendar', label: t('clients.basis.calendar') },
            { value: 'working', label: t('clients.basis.working') },
          ]}
          onValueChange={set('requestDaysBasis')}
        />
        <SelectField
          label={t('clients.form.approval')}
          value={draft.subProcessorApproval}
          onValueChange={(value) => set('subProcessorApproval')(value as ClientDraft['subProcessorApproval'])}
          options={APPROVALS.map((a) => ({ value: a, label: t(`clients.approval.${a}`) }))}
          emptyLabel={t('common.notSet')}
        />
      </fieldset>
      <fieldset className="ropa-purposes">
        <legend>{t('clients.form.activities')}</legend>
        {activities.length === 0 ? <p className="ropa-empty">{t('clients.form.noActivities')}</p> : null}
        {activities.map((a) => (
          <CheckboxField key={a.id} label={`${a.reference} ${a.name}`} checked={draft.activityIds.includes(a.id)} onCheckedChange={(on) => toggleActivity(a.id, on)} />
        ))}
      </fieldset>
      <TextareaField label={t('clients.form.notes')} value={draft.notes} onValueChange={set('notes')} rows={2} />
      <ErrorAlert error={error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('clients.form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('clients.form.cancel')}
        </button>
      </div>
    </form>
  );
}
