import { useTranslation } from 'react-i18next';
import { ChipsInput } from '../../../components/chips-input';
import { TextareaField } from '../../../components/textarea-field';
import { FormCard } from './form-card';
import { addSystem, type RequestDraft } from './request-draft';
import { useFieldError } from './use-field-error';
import type { NewRequestForm } from './use-new-request-form';

const suggestionKeys = ['crm', 'email', 'hosting', 'payments', 'hr', 'marketing', 'support', 'backups'] as const;

/** What the person asked for, and where their data may be: the systems and processors to search. */
export function SearchFields({ form, draft }: { form: NewRequestForm; draft: RequestDraft }) {
  const { t } = useTranslation();
  const errorOf = useFieldError(form);
  return (
    <FormCard title={t('requests.form.detailsSection')}>
      <TextareaField
        label={`${t('requests.form.description')} (${t('requests.form.optional')})`}
        value={draft.description}
        onValueChange={(description) => form.change({ description })}
        error={errorOf('description')}
        placeholder={t('requests.form.descriptionHint')}
        rows={4}
      />
      <ChipsInput
        label={t('requests.form.systems')}
        values={draft.systems}
        onValuesChange={(systems) => form.change({ systems })}
        add={addSystem}
        addLabel={t('requests.form.systemsAdd')}
        removeLabel={(name) => t('requests.form.systemsRemove', { name })}
        emptyLabel={t('requests.form.systemsNone')}
        hint={t('requests.form.systemsHint')}
        error={errorOf('systems')}
        suggestions={suggestionKeys.map((key) => t(`requests.form.suggestions.${key}`))}
        maxLength={100}
      />
    </FormCard>
  );
}
