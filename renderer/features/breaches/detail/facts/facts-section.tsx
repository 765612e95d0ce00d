import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachDetail, BreachFactsDraft } from '../../../../../electron/shared/breaches';
import type { BreachRegisterFacts } from '../../../../../electron/shared/registers';
import { ErrorAlert } from '../../../../components/error-alert';
import { StatusMessage } from '../../../../components/status-message';
import { call } from '../../../../lib/api';
import { useUnsavedChanges } from '../../../../lib/unsaved-changes';
import { SeverityBadge } from '../../severity-badge';
import { useBreachOptions } from '../../use-breach-options';
import { DecisionCard } from '../decision/decision-card';
import { SubjectsOrderCard } from '../decision/subjects-order-card';
import { useBreachChange } from '../use-breach-change';
import { CategoryGrid } from './category-grid';
import { ContextFields } from './context-fields';
import { factsEdited } from './facts-edited';
import { draftFromForm, formFromDraft, parseSubjects, sameDraft, type FactsForm } from './facts-form-state';
import { ImpactFields } from './impact-fields';
import { PeopleFields } from './people-fields';
import { RegisterFactsNote } from './register-facts-note';
import { formAwaitsRegister, prefillFromRegister, registerHasFacts } from './register-prefill';
import { TriagePanel } from './triage-panel';
import { WhereFields } from './where-fields';
import { useRegisterFacts } from './use-register-facts';
import { useTriagePreview } from './use-triage-preview';

interface FactsSectionProps {
  detail: BreachDetail;
  timeZone: string;
  onChange: (detail: BreachDetail) => void;
  /** Bumped when the breach's register links change: the register's facts are read again. */
  registerVersion: number;
}

/**
 * Assessing the risk: the triage facts on the left, and beside them the recommendation (live,
 * from the facts as entered) and the DPO's own decision. The facts may stay partial; they
 * are triaged once complete, and saved with "Save facts".
 */
export function FactsSection({ detail, timeZone, onChange, registerVersion }: FactsSectionProps) {
  const { t } = useTranslation();
  const options = useBreachOptions();
  const [form, setForm] = useState<FactsForm>(() => formFromDraft(detail.facts.draft));
  const [notice, setNotice] = useState<string | null>(null);
  const draft = useMemo(() => draftFromForm(form), [form]);
  const preview = useTriagePreview(draft, detail);
  const change = useBreachChange(onChange, 'facts.');
  const closed = detail.status === 'closed';
  const subjectsInvalid = parseSubjects(form.subjects) === 'invalid';
  const unsaved = subjectsInvalid || !sameDraft(draft, detail.facts.draft);
  const registerFacts = useRegisterFacts(detail.id, registerVersion);
  const known = options?.facts.dataCategories;
  const addRegisterFacts = registerFacts && known && registerHasFacts(registerFacts) && !closed ? () => setForm((current) => prefillFromRegister(current, registerFacts, known)) : null;

  // Once per answer from the register, an untouched form starts from it (React's "adjust state when a prop changes" pattern).
  const [seenFacts, setSeenFacts] = useState<BreachRegisterFacts | null>(null);
  // What the register filled in by itself: the baseline for "leaving asks first" (see factsEdited).
  const [prefilled, setPrefilled] = useState<BreachFactsDraft | null>(null);
  if (registerFacts && known && registerFacts !== seenFacts) {
    setSeenFacts(registerFacts);
    if (!closed && registerHasFacts(registerFacts) && formAwaitsRegister(form)) {
      const filled = prefillFromRegister(form, registerFacts, known);
      setForm(filled);
      setPrefilled(draftFromForm(filled));
      setNotice(t('ropa.breachFacts.prefilled'));
    }
  }
  useUnsavedChanges(factsEdited(draft, detail.facts.draft, prefilled, subjectsInvalid));

  const update = (patch: Partial<FactsForm>) => {
    setNotice(null);
    setForm((current) => ({ ...current, ...patch }));
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (subjectsInvalid || change.busy) return;
    const next = await change.run(() => call('breaches.updateFacts', { id: detail.id, expectedVersion: detail.version, facts: draft }));
    if (next) setNotice(next.triage ? t('breaches.facts.savedTriaged') : t('breaches.facts.savedPartial'));
  };

  return (
    <section className="breach-assessment" aria-labelledby="assessment-title">
      <h2 id="assessment-title" className="breach-section-title">
        {t('breaches.facts.title')}
      </h2>
      <div className="assessment-grid">
        <form className="breach-card facts-form" onSubmit={(event) => void save(event)} noValidate aria-labelledby="assessment-title">
          <p className="field-hint">{t('breaches.facts.intro')}</p>
          {registerFacts ? <RegisterFactsNote facts={registerFacts} onUse={addRegisterFacts} disabled={closed} /> : null}
          {options ? (
            <fieldset className="facts-fieldset" disabled={closed}>
              <ImpactFields form={form} options={options.facts} onChange={update} />
              <CategoryGrid categories={options.facts.dataCategories} value={form.dataCategories} onValueChange={(dataCategories) => update({ dataCategories })} />
              <PeopleFields form={form} options={options.facts} onChange={update} />
              <ContextFields form={form} onChange={update} />
              <WhereFields form={form} memberStates={options.memberStates} onChange={update} />
            </fieldset>
          ) : (
            <p className="loading">{t('breaches.loading')}</p>
          )}
          <ErrorAlert error={change.error} />
          <div className="facts-footer">
            <StatusMessage message={notice} />
            <span className="footer-summary" aria-hidden="true">
              <SeverityBadge severity={preview.triage?.severity ?? null} />
              {preview.triage ? <span>{t(`breaches.risk.short.${preview.triage.risk}`)}</span> : null}
            </span>
            {unsaved ? <span className="unsaved-tag">{t('breaches.facts.unsaved')}</span> : null}
            <button type="submit" className="button button-primary" disabled={closed || change.busy || subjectsInvalid || !unsaved}>
              {change.busy ? t('breaches.common.saving') : t('breaches.facts.save')}
            </button>
          </div>
        </form>
        <div className="assessment-side">
          <TriagePanel preview={preview} unsaved={unsaved} />
          <DecisionCard detail={detail} timeZone={timeZone} factsUnsaved={unsaved} onChange={onChange} />
          <SubjectsOrderCard detail={detail} onChange={onChange} />
        </div>
      </div>
    </section>
  );
}
