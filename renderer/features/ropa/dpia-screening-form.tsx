import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dpiaIndicated } from '../../../electron/shared/pure/dpia-indicated';
import type { Activity, GaranteDpiaItem, Wp248Criterion } from '../../../electron/shared/registers';
import type { ApiError, FieldIssue } from '../../../electron/shared/result';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorAlert } from '../../components/error-alert';
import { RadioChoice } from '../../components/radio-choice';
import { DateField } from '../../components/date-field';
import { TextField } from '../../components/text-field';
import { TextareaField } from '../../components/textarea-field';
import { call } from '../../lib/api';
import { useUnsavedValues } from '../../lib/unsaved-changes';
import { GARANTE_DPIA_LIST, WP248_CRITERIA } from '../../../electron/shared/pure/register-lists';
import { useFieldIssues } from './use-field-issues';

interface ScreeningDraft {
  criteria: Wp248Criterion[];
  garanteItems: GaranteDpiaItem[];
  outcome: 'required' | 'not-required' | '';
  screenedOn: string;
  rationale: string;
  dpiaFile: string;
}

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item));

/**
 * Screens one activity for a DPIA (Art. 35): the nine WP248 criteria and the Garante's list,
 * what they point to (said live), the DPO's outcome, the date and the DPIA document. Saving
 * replaces the last screening and sets the activity's DPIA status. `onUnsavedChange` tells the
 * screen whether the screening holds typing, so saving or closing the activity beside it keeps it.
 */
export function DpiaScreeningForm({ activity, onSaved, onUnsavedChange }: { activity: Activity; onSaved: (saved: Activity) => void; onUnsavedChange: (unsaved: boolean) => void }) {
  const { t } = useTranslation();
  const last = activity.dpiaScreening;
  const [draft, setDraft] = useState<ScreeningDraft>({
    criteria: last?.criteria ?? [],
    garanteItems: last?.garanteItems ?? [],
    outcome: last?.outcome ?? '',
    screenedOn: last?.screenedOn ?? '',
    rationale: last?.rationale ?? '',
    dpiaFile: last?.dpiaFile ?? '',
  });
  const unsaved = useUnsavedValues(draft);
  useEffect(() => onUnsavedChange(unsaved.dirty), [onUnsavedChange, unsaved.dirty]);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const issue = useFieldIssues(issues, 'screening', {
    outcome: t('ropa.dpia.errors.outcome'),
    screenedOn: t('ropa.common.errors.date'),
    rationale: t('ropa.dpia.errors.rationale'),
  });
  const indicated = dpiaIndicated(draft.criteria, draft.garanteItems);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const screening = {
      criteria: draft.criteria,
      garanteItems: draft.garanteItems,
      outcome: draft.outcome as 'required' | 'not-required',
      screenedOn: draft.screenedOn.trim(),
      rationale: draft.rationale,
      dpiaFile: draft.dpiaFile.trim() === '' ? null : draft.dpiaFile.trim(),
    };
    const result = await call('registers.screenDpia', { id: activity.id, screening });
    setBusy(false);
    if (result.ok) {
      setIssues([]);
      setError(null);
      unsaved.settle();
      return onSaved(result.value);
    }
    setIssues(result.error.issues ?? []);
    setError(result.error.issues?.length ? null : result.error);
  };

  const title = t('ropa.dpia.title', { reference: activity.reference });
  return (
    <form className="ropa-card ropa-form" onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
      <h2 className="ropa-card-title">{title}</h2>
      <p className="field-hint">{t('ropa.dpia.intro')}</p>
      <fieldset className="ropa-fieldset ropa-checks">
        <legend>{t('ropa.dpia.criteria')}</legend>
        {WP248_CRITERIA.map((c) => (
          <CheckboxField key={c} label={t(`ropa.dpia.wp248.${c}`)} checked={draft.criteria.includes(c)} onCheckedChange={(on) => setDraft((d) => ({ ...d, criteria: toggle(d.criteria, c, on) }))} />
        ))}
      </fieldset>
      <fieldset className="ropa-fieldset ropa-checks">
        <legend>{t('ropa.dpia.garante')}</legend>
        {GARANTE_DPIA_LIST.map((g) => (
          <CheckboxField
            key={g}
            label={t(`ropa.dpia.garanteItems.${g}`)}
            checked={draft.garanteItems.includes(g)}
            onCheckedChange={(on) => setDraft((d) => ({ ...d, garanteItems: toggle(d.garanteItems, g, on) }))}
          />
        ))}
      </fieldset>
      <p className={indicated ? 'ropa-indication warning-note' : 'ropa-indication'} role="status" data-testid="dpia-indication">
        {indicated ? t('ropa.dpia.indicated') : t('ropa.dpia.notIndicated')}
      </p>
      <RadioChoice
        legend={t('ropa.dpia.outcome')}
        value={draft.outcome}
        inline
        options={[
          { value: 'required', label: t('ropa.dpia.outcomes.required') },
          { value: 'not-required', label: t('ropa.dpia.outcomes.not-required') },
        ]}
        onValueChange={(outcome) => setDraft((d) => ({ ...d, outcome }))}
      />
      {issue('outcome') ? <p className="field-error">{issue('outcome')}</p> : null}
      <div className="field-grid">
        <DateField label={t('ropa.dpia.screenedOn')} value={draft.screenedOn} onValueChange={(screenedOn) => setDraft((d) => ({ ...d, screenedOn }))} error={issue('screenedOn')} />
        <TextField label={t('ropa.dpia.file')} value={draft.dpiaFile} onValueChange={(dpiaFile) => setDraft((d) => ({ ...d, dpiaFile }))} hint={t('ropa.dpia.fileHint')} />
      </div>
      <TextareaField label={t('ropa.dpia.rationale')} value={draft.rationale} onValueChange={(rationale) => setDraft((d) => ({ ...d, rationale }))} rows={2} error={issue('rationale')} />
      <ErrorAlert error={error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('ropa.dpia.save')}
        </button>
      </div>
    </form>
  );
}
