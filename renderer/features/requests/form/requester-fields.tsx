import { useTranslation } from 'react-i18next';
import type { RequesterRelation } from '../../../../electron/shared/requests';
import { ChoiceField } from '../../../components/choice-field';
import { TextField } from '../../../components/text-field';
import { FormCard } from './form-card';
import type { RequestDraft } from './request-draft';
import { useFieldError } from './use-field-error';
import type { NewRequestForm } from './use-new-request-form';

/** Who sent the request: the person themself, or someone for them (then named, with an e-mail). */
export function RequesterFields({ form, draft }: { form: NewRequestForm; draft: RequestDraft }) {
  const { t } = useTranslation();
  const errorOf = useFieldError(form);
  const relations = ((form.options?.requesterRelations ?? ['self']) as RequesterRelation[]).map((relation) => ({
    value: relation,
    label: t(`requests.relations.${relation}`),
  }));
  return (
    <FormCard title={t('requests.form.requesterSection')}>
      <ChoiceField<RequesterRelation>
        label={t('requests.form.relation')}
        value={draft.requesterRelation}
        options={relations}
        onValueChange={(requesterRelation) => form.change({ requesterRelation })}
        disabled={draft.under16}
        hint={draft.under16 ? t('requests.form.under16Hint') : undefined}
        error={errorOf('requesterRelation')}
      />
      {draft.requesterRelation === 'self' ? null : (
        <div className="field-grid">
          <TextField
            label={t('requests.form.requesterName')}
            value={draft.requesterName}
            onValueChange={(requesterName) => form.change({ requesterName })}
            error={errorOf('requesterName')}
            autoComplete="off"
            maxLength={200}
            required
          />
          <TextField
            label={`${t('requests.form.requesterEmail')} (${t('requests.form.optional')})`}
            type="email"
            value={draft.requesterEmail}
            onValueChange={(requesterEmail) => form.change({ requesterEmail })}
            error={errorOf('requesterEmail')}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      )}
    </FormCard>
  );
}
