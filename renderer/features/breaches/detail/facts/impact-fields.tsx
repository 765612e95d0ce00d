import { useTranslation } from 'react-i18next';
import type { BreachOptions } from '../../../../../electron/shared/breaches';
import { RadioChoice } from '../../../../components/radio-choice';
import { YesNoChoice } from '../../yes-no-choice';
import type { FactsForm } from './facts-form-state';

interface ImpactFieldsProps {
  form: FactsForm;
  options: BreachOptions['facts'];
  onChange: (patch: Partial<FactsForm>) => void;
}

/** What happened to the data: confidentiality, integrity and availability lost, and whether on purpose. */
export function ImpactFields({ form, options, onChange }: ImpactFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="facts-group">
      <legend className="facts-group-title">{t('breaches.facts.impactTitle')}</legend>
      <RadioChoice
        legend={t('breaches.facts.names.confidentiality')}
        value={form.confidentiality}
        options={options.confidentiality.map((value) => ({ value, label: t(`breaches.facts.confidentiality.${value}`), hint: t(`breaches.facts.confidentialityHints.${value}`) }))}
        onValueChange={(confidentiality) => onChange({ confidentiality })}
      />
      <RadioChoice
        legend={t('breaches.facts.names.integrity')}
        value={form.integrity}
        options={options.integrity.map((value) => ({ value, label: t(`breaches.facts.integrity.${value}`) }))}
        onValueChange={(integrity) => onChange({ integrity })}
        inline
      />
      <RadioChoice
        legend={t('breaches.facts.names.availability')}
        value={form.availability}
        options={options.availability.map((value) => ({ value, label: t(`breaches.facts.availability.${value}`) }))}
        onValueChange={(availability) => onChange({ availability })}
        inline
      />
      <YesNoChoice
        legend={t('breaches.facts.maliciousQuestion')}
        value={form.maliciousIntent}
        onValueChange={(maliciousIntent) => onChange({ maliciousIntent })}
        yesHint={t('breaches.facts.maliciousYes')}
        noHint={t('breaches.facts.maliciousNo')}
      />
    </fieldset>
  );
}
