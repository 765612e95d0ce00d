import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachDetail } from '../../../../../electron/shared/breaches';
import { ErrorAlert } from '../../../../components/error-alert';
import { SelectField } from '../../../../components/select-field';
import { StatusMessage } from '../../../../components/status-message';
import { TextareaField } from '../../../../components/textarea-field';
import { TextField } from '../../../../components/text-field';
import { call } from '../../../../lib/api';
import { useUnsavedChanges } from '../../../../lib/unsaved-changes';
import { useBreachOptions } from '../../use-breach-options';
import { useBreachChange } from '../use-breach-change';
import { formFromDetail, recordChanges, type RecordForm } from './record-form-state';
import { RecordScopeFields } from './record-scope-fields';
import { RecordTimeFields } from './record-time-fields';

interface RecordSectionProps {
  detail: BreachDetail;
  timeZone: string;
  onChange: (detail: BreachDetail) => void;
}

/**
 * The register entry (Art. 33(5)): what happened, its cause, when, which systems, people and
 * processors, and other member states. Filled in as the picture forms; "Save" sends only
 * what changed, and the history keeps each change.
 */
export function RecordSection({ detail, timeZone, onChange }: RecordSectionProps) {
  const { t } = useTranslation();
  const options = useBreachOptions();
  const [form, setForm] = useState<RecordForm>(() => formFromDetail(detail, timeZone));
  const [tried, setTried] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const change = useBreachChange((next) => {
    setForm(formFromDetail(next, timeZone));
    onChange(next);
  }, 'changes.');
  const { changes, issues } = recordChanges(form, detail, timeZone);
  const dirty = Object.keys(changes).length > 0 || issues.length > 0;
  useUnsavedChanges(dirty);
  const closed = detail.status === 'closed';
  const update = (patch: Partial<RecordForm>) => {
    setNotice(null);
    setForm((current) => ({ ...current, ...patch }));
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (issues.length > 0 || Object.keys(changes).length === 0 || change.busy) return;
    const next = await change.run(() => call('breaches.update', { id: detail.id, expectedVersion: detail.version, changes }));
    if (next) {
      setTried(false);
      setNotice(t('breaches.record.saved'));
    }
  };

  const causes = (options?.causes ?? []).map((value) => ({ value, label: t(`breaches.causes.${value}`) }));
  return (
    <section className="breach-card record-section" aria-labelledby="record-title">
      <h2 id="record-title" className="breach-card-title">
        {t('breaches.record.title')}
      </h2>
      <p className="field-hint">{t('breaches.record.intro')}</p>
      <form onSubmit={(event) => void save(event)} noValidate aria-labelledby="record-title">
        <fieldset className="record-fieldset" disabled={closed}>
          <div className="record-pair">
            <TextField
              label={t('breaches.record.fields.title')}
              value={form.title}
              onValueChange={(title) => update({ title })}
              maxLength={200}
              error={tried && issues.includes('title') ? t('breaches.common.required') : change.issueOf('title')}
            />
            <SelectField
              label={t('breaches.record.fields.cause')}
              value={form.cause}
              options={causes}
              emptyLabel={t('breaches.record.causeUnknown')}
              onValueChange={(value) => update({ cause: causes.find((c) => c.value === value)?.value ?? '' })}
            />
          </div>
          <TextareaField label={t('breaches.record.fields.description')} value={form.description} onValueChange={(description) => update({ description })} rows={3} maxLength={20_000} />
          <RecordTimeFields form={form} timeZone={timeZone} issues={tried ? issues : []} issueOf={change.issueOf} onChange={update} />
          {options ? <RecordScopeFields form={form} options={options} issues={tried ? issues : []} issueOf={change.issueOf} onChange={update} /> : null}
        </fieldset>
        <ErrorAlert error={change.error} />
        <div className="facts-footer">
          <StatusMessage message={notice} />
          {dirty ? <span className="unsaved-tag">{t('breaches.record.unsaved')}</span> : null}
          <button type="submit" className="button button-primary" disabled={closed || change.busy || !dirty}>
            {change.busy ? t('breaches.common.saving') : t('breaches.record.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
