import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Processor } from '../../../electron/shared/registers';
import type { ApiError, FieldIssue } from '../../../electron/shared/result';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField } from '../../components/select-field';
import { DateField } from '../../components/date-field';
import { TextField } from '../../components/text-field';
import { TextareaField } from '../../components/textarea-field';
import { call } from '../../lib/api';
import { useUnsavedValues } from '../../lib/unsaved-changes';
import { SUB_PROCESSOR_APPROVALS } from '../../../electron/shared/pure/register-lists';
import { LinkedCases } from './linked-cases';
import { emptyProcessorDraft, processorDraftOf, processorDraftProblems, processorInput, type ProcessorDraft } from './processor-draft';
import { useFieldIssues } from './use-field-issues';

interface ProcessorFormProps {
  processor: Processor | null;
  processors: Processor[];
  onSaved: (saved: Processor) => void;
  onCancel: () => void;
}

/** Adds a processor or sub-processor, or changes one: the service, the Art. 28 contract and what it promises. */
export function ProcessorForm({ processor, processors, onSaved, onCancel }: ProcessorFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ProcessorDraft>(processor ? processorDraftOf(processor) : emptyProcessorDraft);
  const unsaved = useUnsavedValues(draft);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ProcessorDraft>(key: K) => (value: ProcessorDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const issue = useFieldIssues(issues, 'processor', {
    name: t('ropa.processorForm.errors.name'),
    country: t('ropa.common.errors.country'),
    parentId: t('ropa.processorForm.errors.parent'),
    dpaSignedOn: t('ropa.common.errors.date'),
    lastReviewedOn: t('ropa.common.errors.date'),
    breachNoticeHours: t('ropa.processorForm.errors.hours'),
    reviewEveryMonths: t('ropa.common.errors.months'),
  });
  const others = processors.filter((p) => p.id !== processor?.id);
  const subProcessors = processor ? processors.filter((p) => p.parentId === processor.id) : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = processorDraftProblems(draft);
    if (problems.length > 0) {
      setIssues(problems.map((path) => ({ path, message: 'invalid' })));
      setError(null);
      return;
    }
    setBusy(true);
    const result = await call('registers.saveProcessor', { ...(processor ? { id: processor.id } : {}), processor: processorInput(draft) });
    setBusy(false);
    if (result.ok) {
      unsaved.settle();
      return onSaved(result.value);
    }
    setIssues(result.error.issues ?? []);
    setError(result.error.issues?.length ? null : result.error);
  };

  const title = processor ? t('ropa.processorForm.editTitle', { name: processor.name }) : t('ropa.processorForm.addTitle');
  return (
    <form className="ropa-card ropa-form" onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
      <h2 className="ropa-card-title">{title}</h2>
      <div className="field-grid">
        <TextField label={t('ropa.processorForm.name')} value={draft.name} onValueChange={set('name')} error={issue('name')} />
        <TextField label={t('ropa.processorForm.country')} value={draft.country} onValueChange={set('country')} error={issue('country')} hint={t('ropa.common.countryHint')} />
      </div>
      <TextField label={t('ropa.processorForm.service')} value={draft.service} onValueChange={set('service')} error={issue('service')} />
      <SelectField
        label={t('ropa.processorForm.parent')}
        value={draft.parentId}
        onValueChange={set('parentId')}
        options={others.map((p) => ({ value: p.id, label: p.name }))}
        emptyLabel={t('ropa.processorForm.noParent')}
        hint={t('ropa.processorForm.parentHint')}
        error={issue('parentId')}
      />
      {subProcessors.length > 0 ? (
        <p className="field-hint" data-testid="sub-processors">
          {t('ropa.processorForm.subProcessors', { names: subProcessors.map((p) => p.name).join(', ') })}
        </p>
      ) : null}
      <fieldset className="ropa-fieldset">
        <legend>{t('ropa.processorForm.contract')}</legend>
        <div className="field-grid">
          <DateField label={t('ropa.processorForm.dpaSignedOn')} value={draft.dpaSignedOn} onValueChange={set('dpaSignedOn')} error={issue('dpaSignedOn')} />
          <TextField label={t('ropa.processorForm.dpaFile')} value={draft.dpaFile} onValueChange={set('dpaFile')} error={issue('dpaFile')} />
        </div>
        <div className="field-grid">
          <SelectField
            label={t('ropa.processorForm.approval')}
            value={draft.subProcessorApproval}
            onValueChange={(value) => set('subProcessorApproval')(SUB_PROCESSOR_APPROVALS.find((a) => a === value) ?? '')}
            options={SUB_PROCESSOR_APPROVALS.map((a) => ({ value: a, label: t(`ropa.processorForm.approvals.${a}`) }))}
            emptyLabel={t('common.notSet')}
          />
          <TextField
            label={t('ropa.processorForm.hours')}
            value={draft.breachNoticeHours}
            onValueChange={set('breachNoticeHours')}
            inputMode="numeric"
            hint={t('ropa.processorForm.hoursHint')}
            error={issue('breachNoticeHours')}
          />
        </div>
        <TextField label={t('ropa.processorForm.mechanism')} value={draft.transferMechanism} onValueChange={set('transferMechanism')} hint={t('ropa.processorForm.mechanismHint')} />
      </fieldset>
      <TextareaField label={t('ropa.processorForm.notes')} value={draft.notes} onValueChange={set('notes')} rows={2} />
      <div className="field-grid">
        <DateField label={t('ropa.form.lastReview')} value={draft.lastReviewedOn} onValueChange={set('lastReviewedOn')} error={issue('lastReviewedOn')} />
        <TextField label={t('ropa.form.reviewEvery')} value={draft.reviewEveryMonths} onValueChange={set('reviewEveryMonths')} inputMode="numeric" error={issue('reviewEveryMonths')} />
      </div>
      {processor ? <LinkedCases kind="processor" id={processor.id} /> : null}
      <ErrorAlert error={error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('ropa.processorForm.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('ropa.form.cancel')}
        </button>
      </div>
    </form>
  );
}
