import { useTranslation } from 'react-i18next';
import type { BreachOptions } from '../../../../../electron/shared/breaches';
import { CheckboxField } from '../../../../components/checkbox-field';
import { SelectField } from '../../../../components/select-field';
import { TextField } from '../../../../components/text-field';
import { parseSubjects, type FactsForm } from './facts-form-state';

interface PeopleFieldsProps {
  form: FactsForm;
  options: BreachOptions['facts'];
  onChange: (patch: Partial<FactsForm>) => void;
}

/** Who is affected and what protects them: how many, vulnerable or not, how identifiable, and the mitigating facts. */
export function PeopleFields({ form, options, onChange }: PeopleFieldsProps) {
  const { t } = useTranslation();
  const subjectsInvalid = parseSubjects(form.subjects) === 'invalid';
  const identifiability = options.identifiability.map((value) => ({ value, label: t(`breaches.facts.identifiability.${value}`) }));
  return (
    <fieldset className="facts-group">
      <legend className="facts-group-title">{t('breaches.facts.peopleTitle')}</legend>
      <div className="facts-pair">
        <TextField
          label={t('breaches.facts.names.subjects')}
          value={form.subjects}
          onValueChange={(subjects) => onChange({ subjects })}
          inputMode="numeric"
          autoComplete="off"
          hint={t('breaches.facts.subjectsHint')}
          error={subjectsInvalid ? t('breaches.facts.subjectsInvalid') : null}
        />
        <SelectField
          label={t('breaches.facts.names.identifiability')}
          value={form.identifiability}
          options={identifiability}
          emptyLabel={t('breaches.facts.identifiabilityUnset')}
          onValueChange={(value) => onChange({ identifiability: identifiability.find((option) => option.value === value)?.value ?? '' })}
          hint={t('breaches.facts.identifiabilityHint')}
        />
      </div>
      <div className="facts-flags">
        <CheckboxField
          label={t('breaches.facts.names.vulnerableSubjects')}
          checked={form.vulnerableSubjects === true}
          onCheckedChange={(vulnerableSubjects) => onChange({ vulnerableSubjects })}
          hint={t('breaches.facts.vulnerableHint')}
        />
        <CheckboxField
          label={t('breaches.facts.names.unintelligible')}
          checked={form.unintelligible === true}
          onCheckedChange={(unintelligible) => onChange({ unintelligible })}
          hint={t('breaches.facts.unintelligibleHint')}
        />
        <CheckboxField
          label={t('breaches.facts.names.recipientTrusted')}
          checked={form.recipientTrusted === true}
          onCheckedChange={(recipientTrusted) => onChange({ recipientTrusted })}
          hint={t('breaches.facts.recipientTrustedHint')}
        />
        <CheckboxField
          label={t('breaches.facts.names.misuseObserved')}
          checked={form.misuseObserved === true}
          onCheckedChange={(misuseObserved) => onChange({ misuseObserved })}
          hint={t('breaches.facts.misuseHint')}
        />
      </div>
    </fieldset>
  );
}
