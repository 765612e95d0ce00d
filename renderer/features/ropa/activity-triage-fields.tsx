import '../../styles/breaches.css';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/text-field';
import { CategoryGrid } from '../breaches/detail/facts/category-grid';
import type { DataCategory } from '../breaches/detail/facts/facts-form-state';
import { useBreachOptions } from '../breaches/use-breach-options';

interface ActivityTriageFieldsProps {
  categories: string[];
  subjects: string;
  subjectsInvalid: boolean;
  onCategoriesChange: (categories: string[]) => void;
  onSubjectsChange: (subjects: string) => void;
}

/**
 * What a breach of this activity would involve, in the breach triage's own terms: its data
 * categories and the approximate number of people. A breach that names the activity starts
 * its triage from these.
 */
export function ActivityTriageFields({ categories, subjects, subjectsInvalid, onCategoriesChange, onSubjectsChange }: ActivityTriageFieldsProps) {
  const { t } = useTranslation();
  const options = useBreachOptions();
  const known = options?.facts.dataCategories ?? [];
  const value = known.filter((c) => categories.includes(c));
  return (
    <fieldset className="ropa-fieldset">
      <legend>{t('ropa.triage.title')}</legend>
      <p className="field-hint">{t('ropa.triage.hint')}</p>
      {options ? (
        <CategoryGrid legend={t('ropa.triage.categories')} categories={known} value={value} onValueChange={(next: DataCategory[]) => onCategoriesChange(next)} />
      ) : null}
      <TextField
        label={t('ropa.triage.subjects')}
        value={subjects}
        onValueChange={onSubjectsChange}
        inputMode="numeric"
        error={subjectsInvalid ? t('ropa.triage.subjectsInvalid') : null}
      />
    </fieldset>
  );
}
