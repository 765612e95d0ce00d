import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Art34Exemption, BreachDetail, TriageResult } from '../../../../../electron/shared/breaches';
import { ErrorAlert } from '../../../../components/error-alert';
import { SelectField } from '../../../../components/select-field';
import { TextareaField } from '../../../../components/textarea-field';
import { call } from '../../../../lib/api';
import { useUnsavedValues } from '../../../../lib/unsaved-changes';
import { YesNoChoice } from '../../yes-no-choice';
import { useBreachChange } from '../use-breach-change';
import { decisionInput, decisionIssues, departures, MIN_RATIONALE, needsGround, type DecisionForm as Form } from './decision-rules';

interface DecisionFormProps {
  detail: BreachDetail;
  recommendation: TriageResult;
  onDone: (detail: BreachDetail) => void;
  onCancel: (() => void) | null;
}

const GROUNDS: readonly Art34Exemption[] = ['a', 'b', 'c'];

/**
 * The DPO's decision, proposed as the recommendation (or the earlier decision): notify the
 * authority? tell the people? and why. Departing from the recommendation is said at once;
 * not telling the people against a high risk asks for the Art. 34(3) ground.
 */
export function DecisionForm({ detail, recommendation, onDone, onCancel }: DecisionFormProps) {
  const { t } = useTranslation();
  const earlier = detail.decision;
  const [form, setForm] = useState<Form>(() => ({
    notifyAuthority: earlier && !earlier.stale ? earlier.notifyAuthority : recommendation.notifyAuthority,
    notifySubjects: earlier && !earlier.stale ? earlier.notifySubjects : recommendation.notifySubjects,
    rationale: earlier?.rationale ?? '',
    art34Exemption: earlier?.art34Exemption ?? '',
  }));
  const [tried, setTried] = useState(false);
  useUnsavedValues(form);
  const change = useBreachChange(onDone, 'decision.');
  const issues = decisionIssues(form, recommendation);
  const departed = departures(form, recommendation);
  const groundNeeded = needsGround(recommendation, form.notifySubjects);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (issues.length > 0 || change.busy) return;
    void change.run(() => call('breaches.decide', { id: detail.id, expectedVersion: detail.version, decision: decisionInput(form) }));
  };

  return (
    <form className="decision-form" onSubmit={submit} noValidate aria-label={t('breaches.decision.formLabel')}>
      <YesNoChoice
        legend={t('breaches.decision.notifyAuthority')}
        value={form.notifyAuthority}
        onValueChange={(notifyAuthority) => setForm({ ...form, notifyAuthority })}
      />
      <YesNoChoice
        legend={t('breaches.decision.notifySubjects')}
        value={form.notifySubjects}
        onValueChange={(notifySubjects) => setForm({ ...form, notifySubjects, art34Exemption: notifySubjects ? '' : form.art34Exemption })}
      />
      {departed.authority || departed.subjects ? (
        <p className="warning-note" data-testid="departs">
          {t('breaches.decision.departs')}
        </p>
      ) : (
        <p className="follows-note">{t('breaches.decision.followsNow')}</p>
      )}
      {groundNeeded || (!form.notifySubjects && form.art34Exemption) ? (
        <SelectField
          label={t('breaches.decision.ground')}
          value={form.art34Exemption}
          options={GROUNDS.map((value) => ({ value, label: t(`breaches.decision.grounds.${value}`) }))}
          emptyLabel={t('breaches.decision.chooseGround')}
          onValueChange={(value) => setForm({ ...form, art34Exemption: GROUNDS.find((ground) => ground === value) ?? '' })}
          hint={form.art34Exemption === 'c' ? t('breaches.decision.groundCHint') : t('breaches.decision.groundHint')}
          error={tried && issues.includes('ground-required') ? t('breaches.decision.groundRequired') : change.issueOf('art34Exemption')}
        />
      ) : null}
      <TextareaField
        label={t('breaches.decision.rationale')}
        value={form.rationale}
        onValueChange={(rationale) => setForm({ ...form, rationale })}
        rows={3}
        maxLength={4000}
        placeholder={t('breaches.decision.rationaleHint', { min: MIN_RATIONALE })}
        error={tried && issues.includes('rationale-short') ? t('breaches.decision.rationaleShort', { min: MIN_RATIONALE }) : change.issueOf('rationale')}
      />
      <ErrorAlert error={change.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={change.busy}>
          {change.busy ? t('breaches.common.saving') : t('breaches.decision.record')}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('breaches.common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
