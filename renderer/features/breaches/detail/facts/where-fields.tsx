import { useTranslation } from 'react-i18next';
import type { BreachOptions, MemberState } from '../../../../../electron/shared/breaches';
import { SelectField } from '../../../../components/select-field';
import { useLanguage } from '../../../../i18n/use-language';
import { CheckGrid } from '../record/check-grid';
import type { FactsForm } from './facts-form-state';

interface WhereFieldsProps {
  form: FactsForm;
  memberStates: BreachOptions['memberStates'];
  onChange: (patch: Partial<FactsForm>) => void;
}

/**
 * Where the organisation is established in the EU/EEA and where the people affected live:
 * the facts the triage names the authority or authorities to notify from (Art. 55–56; EDPB
 * Guidelines 9/2022). The main establishment is asked only when there are several.
 */
export function WhereFields({ form, memberStates, onChange }: WhereFieldsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regions = new Intl.DisplayNames([language === 'it' ? 'it-IT' : 'en-GB'], { type: 'region' });
  const name = (code: string) => regions.of(code) ?? code;
  const states = memberStates.map((value) => ({ value, label: name(value) })).sort((a, b) => a.label.localeCompare(b.label, language));
  const setEstablishments = (establishments: MemberState[]) => {
    const main = form.mainEstablishment !== '' && establishments.includes(form.mainEstablishment) ? form.mainEstablishment : '';
    onChange({ establishments, mainEstablishment: main });
  };
  const mains = form.establishments.map((value) => ({ value, label: name(value) }));
  return (
    <fieldset className="facts-group">
      <legend className="facts-group-title">{t('breaches.facts.whereTitle')}</legend>
      <p className="field-hint">{t('breaches.facts.whereHint')}</p>
      <CheckGrid className="member-states" legend={t('breaches.facts.names.establishments')} options={states} value={form.establishments} onValueChange={setEstablishments} />
      {form.establishments.length > 1 ? (
        <SelectField
          label={t('breaches.facts.names.mainEstablishment')}
          value={form.mainEstablishment}
          options={mains}
          emptyLabel={t('breaches.facts.mainEstablishmentUnset')}
          onValueChange={(value) => onChange({ mainEstablishment: mains.find((option) => option.value === value)?.value ?? '' })}
          hint={t('breaches.facts.mainEstablishmentHint')}
        />
      ) : null}
      <CheckGrid
        className="member-states"
        legend={t('breaches.facts.names.affectedCountries')}
        options={states}
        value={form.affectedCountries}
        onValueChange={(affectedCountries) => onChange({ affectedCountries })}
      />
    </fieldset>
  );
}
