import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, Processor } from '../../../electron/shared/registers';
import type { ApiError, FieldIssue } from '../../../electron/shared/result';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorAlert } from '../../components/error-alert';
import { RadioChoice } from '../../components/radio-choice';
import { SelectField } from '../../components/select-field';
import { DateField } from '../../components/date-field';
import { TextField } from '../../components/text-field';
import { TextareaField } from '../../components/textarea-field';
import { call } from '../../lib/api';
import { rebaseDraft } from '../../lib/rebase-draft';
import { useUnsavedValues } from '../../lib/unsaved-changes';
import { activityDraftOf, activityInput, emptyActivityDraft, type ActivityDraft } from './activity-draft';
import { ActivityTriageFields } from './activity-triage-fields';
import { ART9_CONDITIONS, DPIA_STATUSES, LEGAL_BASES } from '../../../electron/shared/pure/register-lists';
import { parseWholeNumber } from './processor-draft';

/**
 * Adds a processing activity or changes one: Art. 30(1) fields, or 30(2) when we act as processor.
 * When the activity is saved elsewhere while the form is open (its DPIA screening sets the DPIA
 * status), the form takes the new saved values of the fields it has not changed and keeps its typing.
 */
export function ActivityForm({ activity, processors, onSaved, onCancel }: { activity: Activity | null; processors: Processor[]; onSaved: (saved: Activity) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ActivityDraft>(activity ? activityDraftOf(activity) : emptyActivityDraft);
  const [startedFrom, setStartedFrom] = useState<Activity | null>(activity);
  const unsaved = useUnsavedValues(draft);
  if (activity && startedFrom && activity.updatedAt !== startedFrom.updatedAt) {
    const saved = activityDraftOf(activity);
    setStartedFrom(activity);
    setDraft((d) => rebaseDraft(d, activityDraftOf(startedFrom), saved));
    unsaved.settle(saved);
  }
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ActivityDraft>(key: K) => (value: ActivityDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const issue = (field: string) => issues.find((i) => i.path === `activity.${field}` || i.path.startsWith(`activity.${field}.`))?.message ?? null;
  const setPurpose = (index: number, change: Partial<ActivityDraft['purposes'][number]>) =>
    setDraft((d) => ({ ...d, purposes: d.purposes.map((p, i) => (i === index ? { ...p, ...change } : p)) }));
  const processor = draft.role === 'processor';

  const estimateInvalid = parseWholeNumber(draft.subjectsEstimate) === 'invalid';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (estimateInvalid) return;
    setBusy(true);
    const result = await call('registers.saveActivity', { ...(activity ? { id: activity.id } : {}), activity: activityInput(draft, activity) });
    setBusy(false);
    if (result.ok) {
      const saved = activityDraftOf(result.value);
      setStartedFrom(result.value);
      setDraft(saved);
      unsaved.settle(saved);
      return onSaved(result.value);
    }
    setIssues(result.error.issues ?? []);
    setError(result.error.issues?.length ? null : result.error);
  };

  const title = activity ? t('ropa.form.editTitle', { reference: activity.reference }) : t('ropa.form.addTitle');
  return (
    <form className="ropa-card ropa-form" onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
      <h2 className="ropa-card-title">{title}</h2>
      <RadioChoice
        legend={t('ropa.form.role')}
        value={draft.role}
        inline
        options={[
          { value: 'controller', label: t('ropa.roles.controller') },
          { value: 'processor', label: t('ropa.roles.processor') },
        ]}
        onValueChange={set('role')}
      />
      <TextField label={t('ropa.form.name')} value={draft.name} onValueChange={set('name')} error={issue('name')} />
      <TextareaField label={t('ropa.form.description')} value={draft.description} onValueChange={set('description')} rows={2} />
      {processor ? (
        <div className="field-grid">
          <TextareaField label={t('ropa.form.controllers')} value={draft.controllers} onValueChange={set('controllers')} error={issue('controllers')} rows={3} />
          <TextareaField label={t('ropa.form.processing')} value={draft.processingCategories} onValueChange={set('processingCategories')} rows={3} />
        </div>
      ) : null}
      <fieldset className="ropa-purposes">
        <legend>{t('ropa.form.purposes')}</legend>
        {draft.purposes.map((p, i) => (
          <div key={i} className="ropa-purpose-row">
            <TextField label={t('ropa.form.purpose', { n: i + 1 })} value={p.purpose} onValueChange={(value) => setPurpose(i, { purpose: value })} error={issue(`purposes.${i}.purpose`)} />
            <SelectField
              label={t('ropa.form.basis', { n: i + 1 })}
              value={p.legalBasis}
              onValueChange={(value) => setPurpose(i, { legalBasis: value as ActivityDraft['purposes'][number]['legalBasis'] })}
              options={LEGAL_BASES.map((basis) => ({ value: basis, label: t(`ropa.bases.${basis}`) }))}
              emptyLabel={t('common.notSet')}
              error={issue(`purposes.${i}.legalBasis`) ? t('ropa.form.chooseBasis') : null}
            />
            {draft.specialCategories ? (
              <SelectField
                label={t('ropa.form.art9', { n: i + 1 })}
                value={p.art9Condition}
                onValueChange={(value) => setPurpose(i, { art9Condition: value as ActivityDraft['purposes'][number]['art9Condition'] })}
                options={ART9_CONDITIONS.map((c) => ({ value: c, label: t(`ropa.art9.${c}`) }))}
                emptyLabel={t('common.notSet')}
                error={issue(`purposes.${i}.art9Condition`) ? t('ropa.form.art9Needed') : null}
              />
            ) : null}
            {draft.purposes.length > 1 ? (
              <button type="button" className="button" onClick={() => setDraft((d) => ({ ...d, purposes: d.purposes.filter((_, j) => j !== i) }))}>
                {t('ropa.form.removePurpose', { n: i + 1 })}
              </button>
            ) : null}
          </div>
        ))}
        <button type="button" className="button" onClick={() => setDraft((d) => ({ ...d, purposes: [...d.purposes, { purpose: '', legalBasis: '', art9Condition: '' }] }))}>
          {t('ropa.form.addPurpose')}
        </button>
      </fieldset>
      <div className="field-grid">
        <TextareaField label={t('ropa.form.subjects')} value={draft.subjectCategories} onValueChange={set('subjectCategories')} rows={3} />
        <TextareaField label={t('ropa.form.data')} value={draft.dataCategories} onValueChange={set('dataCategories')} rows={3} />
      </div>
      <CheckboxField label={t('ropa.form.special')} checked={draft.specialCategories} onCheckedChange={set('specialCategories')} />
      <ActivityTriageFields
        categories={draft.breachCategories}
        subjects={draft.subjectsEstimate}
        subjectsInvalid={estimateInvalid}
        onCategoriesChange={set('breachCategories')}
        onSubjectsChange={set('subjectsEstimate')}
      />
      <div className="field-grid">
        <TextField label={t('ropa.form.source')} value={draft.source} onValueChange={set('source')} />
        <TextareaField label={t('ropa.form.recipients')} value={draft.recipients} onValueChange={set('recipients')} rows={3} />
      </div>
      <fieldset className="ropa-processors">
        <legend>{t('ropa.form.processors')}</legend>
        {processors.map((p) => (
          <CheckboxField
            key={p.id}
            label={p.name}
            checked={draft.processorIds.includes(p.id)}
            onCheckedChange={(checked) => set('processorIds')(checked ? [...draft.processorIds, p.id] : draft.processorIds.filter((id) => id !== p.id))}
          />
        ))}
      </fieldset>
      <div className="field-grid">
        <TextField label={t('ropa.form.retention')} value={draft.retention} onValueChange={set('retention')} />
        <TextareaField label={t('ropa.form.systems')} value={draft.systems} onValueChange={set('systems')} rows={2} />
      </div>
      <div className="field-grid">
        <TextField label={t('ropa.form.owner')} value={draft.owner} onValueChange={set('owner')} />
        <SelectField
          label={t('ropa.form.dpia')}
          value={draft.dpiaStatus}
          onValueChange={(value) => set('dpiaStatus')(value as ActivityDraft['dpiaStatus'])}
          options={DPIA_STATUSES.map((status) => ({ value: status, label: t(`ropa.dpiaStatuses.${status}`) }))}
          emptyLabel={t('common.notSet')}
        />
      </div>
      <TextareaField label={t('ropa.form.automated')} value={draft.automatedDecisions} onValueChange={set('automatedDecisions')} rows={2} />
      <div className="field-grid">
        <DateField label={t('ropa.form.lastReview')} value={draft.lastReviewedOn} onValueChange={set('lastReviewedOn')} error={issue('lastReviewedOn')} />
        <TextField label={t('ropa.form.reviewEvery')} value={draft.reviewEveryMonths} onValueChange={set('reviewEveryMonths')} inputMode="numeric" />
      </div>
      <ErrorAlert error={error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('ropa.form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('ropa.form.cancel')}
        </button>
      </div>
    </form>
  );
}
