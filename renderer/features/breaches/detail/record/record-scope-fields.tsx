import { useTranslation } from 'react-i18next';
import type { BreachOptions } from '../../../../../electron/shared/breaches';
import { ChipsInput } from '../../../../components/chips-input';
import { TextField } from '../../../../components/text-field';
import { useLanguage } from '../../../../i18n/use-language';
import { CheckGrid } from './check-grid';
import { addValue, type RecordForm, type RecordIssue } from './record-form-state';

interface RecordScopeFieldsProps {
  form: RecordForm;
  options: BreachOptions;
  issues: readonly RecordIssue[];
  issueOf: (field: string) => string | null;
  onChange: (patch: Partial<RecordForm>) => void;
}

/** What and whom the breach touched: systems, processors, categories of people, records, other member states. */
export function RecordScopeFields({ form, options, issues, issueOf, onChange }: RecordScopeFieldsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regions = new Intl.DisplayNames([language === 'it' ? 'it-IT' : 'en-GB'], { type: 'region' });
  const states = options.memberStates
    .map((value) => ({ value, label: regions.of(value) ?? value }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  const chips = (field: 'systems' | 'processors' | 'otherAuthorities') => (
    <ChipsInput
      label={t(`breaches.record.fields.${field}`)}
      values={form[field]}
      onValuesChange={(values) => onChange({ [field]: values })}
      add={addValue}
      addLabel={t('breaches.record.add')}
      removeLabel={(value) => t('breaches.record.remove', { value })}
      emptyLabel={t('breaches.record.noneYet')}
      hint={t(`breaches.record.hints.${field}`)}
      error={issueOf(field)}
      maxLength={200}
    />
  );
  return (
    <fieldset className="record-group">
      <legend className="facts-group-title">{t('breaches.record.scopeTitle')}</legend>
      <div className="record-pair">
        {chips('systems')}
        {chips('processors')}
      </div>
      <CheckGrid
        legend={t('breaches.record.fields.subjectCategories')}
        options={options.subjectCategories.map((value) => ({ value, label: t(`breaches.record.subjectCategories.${value}`) }))}
        value={form.subjectCategories}
        onValueChange={(subjectCategories) => onChange({ subjectCategories })}
      />
      <TextField
        className="record-count"
        label={t('breaches.record.fields.recordsCount')}
        value={form.recordsCount}
        onValueChange={(recordsCount) => onChange({ recordsCount })}
        inputMode="numeric"
        hint={t('breaches.record.hints.recordsCount')}
        error={issues.includes('recordsCount') ? t('breaches.record.countInvalid') : issueOf('recordsCount')}
      />
      <CheckGrid
        className="member-states"
        legend={t('breaches.record.fields.crossBorder')}
        options={states}
        value={form.crossBorder}
        onValueChange={(crossBorder) => onChange({ crossBorder })}
      />
      {chips('otherAuthorities')}
    </fieldset>
  );
}
