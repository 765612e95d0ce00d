import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionRule } from '../../../electron/shared/retention';
import type { ApiError, FieldIssue } from '../../../electron/shared/result';
import { ErrorAlert } from '../../components/error-alert';
import { RadioChoice } from '../../components/radio-choice';
import { SelectField } from '../../components/select-field';
import { DateField } from '../../components/date-field';
import { TextField } from '../../components/text-field';
import { TextareaField } from '../../components/textarea-field';
import { call } from '../../lib/api';
import { retentionTriggers } from '../dashboard/closed-lists';
import { draftOf, emptyDraft, ruleInput, type RuleDraft } from './rule-draft';

/** Adds a retention rule, or changes one; the register is redrawn from the answer. */
export function RuleForm({ rule, onSaved, onCancel }: { rule: RetentionRule | null; onSaved: (rules: RetentionRule[]) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<RuleDraft>(rule ? draftOf(rule) : emptyDraft);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof RuleDraft>(key: K) => (value: RuleDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const issue = (field: string) => issues.find((i) => i.path === `rule.${field}`)?.message ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trigger = draft.trigger;
    if (trigger === '') return setIssues([{ path: 'rule.trigger', message: t('dashboard.retentionTab.chooseTrigger') }]);
    setBusy(true);
    const result = await call('retention.saveRule', { ...(rule ? { id: rule.id } : {}), rule: ruleInput({ ...draft, trigger }) });
    setBusy(false);
    if (result.ok) return onSaved(result.value);
    setIssues(result.error.issues ?? []);
    setError(result.error.issues?.length ? null : result.error);
  };

  return (
    <form className="retention-form" onSubmit={(event) => void submit(event)} noValidate aria-label={rule ? t('dashboard.retentionTab.editTitle', { category: rule.category }) : t('dashboard.retentionTab.addTitle')}>
      <h3 className="retention-form-title">{rule ? t('dashboard.retentionTab.editTitle', { category: rule.category }) : t('dashboard.retentionTab.addTitle')}</h3>
      <TextField label={t('dashboard.retentionTab.category')} value={draft.category} onValueChange={set('category')} error={issue('category')} />
      <div className="field-grid">
        <TextField label={t('dashboard.retentionTab.periodCount')} value={draft.periodCount} onValueChange={set('periodCount')} error={issue('periodCount')} inputMode="numeric" />
        <RadioChoice
          legend={t('dashboard.retentionTab.periodUnit')}
          value={draft.periodUnit}
          inline
          options={[
            { value: 'months', label: t('dashboard.retentionTab.months') },
            { value: 'years', label: t('dashboard.retentionTab.years') },
          ]}
          onValueChange={set('periodUnit')}
        />
      </div>
      <SelectField
        label={t('dashboard.retentionTab.trigger')}
        value={draft.trigger}
        onValueChange={(value) => set('trigger')(value as RuleDraft['trigger'])}
        options={retentionTriggers.map((trigger) => ({ value: trigger, label: t(`dashboard.retentionTab.triggers.${trigger}`) }))}
        emptyLabel={t('common.notSet')}
        error={issue('trigger')}
      />
      <TextField label={t('dashboard.retentionTab.triggerNote')} hint={t('dashboard.retentionTab.triggerNoteHint')} value={draft.triggerNote} onValueChange={set('triggerNote')} error={issue('triggerNote')} />
      <TextareaField label={t('dashboard.retentionTab.legalBasis')} value={draft.legalBasis} onValueChange={set('legalBasis')} error={issue('legalBasis')} rows={2} />
      <div className="field-grid">
        <TextField label={t('dashboard.retentionTab.reviewEvery')} value={draft.reviewEveryMonths} onValueChange={set('reviewEveryMonths')} error={issue('reviewEveryMonths')} inputMode="numeric" />
        <DateField label={t('dashboard.retentionTab.firstReview')} hint={t('dashboard.retentionTab.firstReviewHint')} value={draft.firstReview} onValueChange={set('firstReview')} error={issue('firstReview')} />
      </div>
      <ErrorAlert error={error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('dashboard.retentionTab.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('dashboard.retentionTab.cancel')}
        </button>
      </div>
    </form>
  );
}
