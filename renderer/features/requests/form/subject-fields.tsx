import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../components/checkbox-field';
import { TextField } from '../../../components/text-field';
import { TextareaField } from '../../../components/textarea-field';
import { FormCard } from './form-card';
import type { RequestDraft } from './request-draft';
import { useFieldError } from './use-field-error';
import type { NewRequestForm } from './use-new-request-form';

/** Who the request is about: name, contact details, and whether they are a child. */
export function SubjectFields({ form, draft }: { form: NewRequestForm; draft: RequestDraft }) {
  const { t } = useTranslation();
  const errorOf = useFieldError(form);
  const optional = (label: string) => `${label} (${t('requests.form.optional')})`;
  return (
    <FormCard title={t('requests.form.subjectSection')}>
      <TextField
        label={t('requests.form.subjectName')}
        value={draft.subjectName}
        onValueChange={(subjectName) => form.change({ subjectName })}
        error={errorOf('subjectName')}
        autoComplete="off"
        maxLength={200}
        required
      />
      <div className="field-grid">
        <TextField
          label={optional(t('requests.form.subjectEmail'))}
          type="email"
          value={draft.subjectEmail}
          onValueChange={(subjectEmail) => form.change({ subjectEmail })}
          error={errorOf('subjectEmail')}
          autoComplete="off"
          spellCheck={false}
        />
        <TextField
          label={optional(t('requests.form.subjectPhone'))}
          type="tel"
          value={draft.subjectPhone}
          onValueChange={(subjectPhone) => form.change({ subjectPhone })}
          error={errorOf('subjectPhone')}
          autoComplete="off"
          maxLength={40}
        />
      </div>
      <TextareaField
        label={optional(t('requests.form.subjectAddress'))}
        value={draft.subjectAddress}
        onValueChange={(subjectAddress) => form.change({ subjectAddress })}
        error={errorOf('subjectAddress')}
        rows={2}
        maxLength={500}
      />
      <CheckboxField
        label={t('requests.form.under16')}
        checked={draft.under16}
        onCheckedChange={(under16) => form.change({ under16 })}
        hint={t('requests.form.under16Hint')}
        className={draft.under16 ? 'checkbox-callout' : undefined}
      />
    </FormCard>
  );
}
