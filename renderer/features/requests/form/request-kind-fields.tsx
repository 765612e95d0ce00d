import { useTranslation } from 'react-i18next';
import type { RequestChannel, Regime } from '../../../../electron/shared/requests';
import { CheckboxField } from '../../../components/checkbox-field';
import { ChoiceField } from '../../../components/choice-field';
import { DateTimeField } from '../../../components/date-time-field';
import { FormCard } from './form-card';
import type { RequestDraft } from './request-draft';
import { useFieldError } from './use-field-error';
import type { NewRequestForm } from './use-new-request-form';

/** The law, the rights exercised, when and how the request arrived, and whether it is complex. */
export function RequestKindFields({ form, draft, timeZone }: { form: NewRequestForm; draft: RequestDraft; timeZone: string }) {
  const { t } = useTranslation();
  const errorOf = useFieldError(form);
  const regimes = (form.options?.regimes ?? []).map(({ regime }) => ({ value: regime, label: t(`requests.regimes.${regime}`) }));
  const channels = ((form.options?.channels ?? []) as RequestChannel[]).map((channel) => ({ value: channel, label: t(`requests.channels.${channel}`) }));
  const types = form.typesOf(draft.regime);
  const typesError = errorOf('types');

  return (
    <FormCard title={t('requests.form.requestSection')}>
      <ChoiceField<Regime>
        label={t('requests.form.regime')}
        value={draft.regime}
        options={regimes}
        onValueChange={(regime) => form.change({ regime })}
        hint={t('requests.form.regimeHint')}
        error={errorOf('regime')}
      />
      <fieldset className="choice-group" aria-describedby={typesError ? 'types-error types-hint' : 'types-hint'} data-invalid={typesError ? true : undefined}>
        <legend className="field-label">{t('requests.form.types')}</legend>
        <p className="field-hint" id="types-hint">
          {t('requests.form.typesHint')}
        </p>
        <div className="type-grid">
          {types.map((type) => (
            <label key={type} className="type-option">
              <input
                type="checkbox"
                checked={draft.types.includes(type)}
                onChange={(event) =>
                  form.change({ types: event.target.checked ? types.filter((x) => x === type || draft.types.includes(x)) : draft.types.filter((x) => x !== type) })
                }
              />
              <span>{t(`requests.types.${type}`)}</span>
            </label>
          ))}
        </div>
        {typesError ? (
          <p className="field-error" id="types-error">
            {typesError}
          </p>
        ) : null}
      </fieldset>
      <div className="field-grid">
        <DateTimeField
          label={t('requests.form.receivedAt')}
          value={draft.receivedAt}
          onValueChange={(receivedAt) => form.change({ receivedAt })}
          hint={t('requests.form.receivedAtHint', { zone: timeZone })}
          error={errorOf('receivedAt')}
          required
        />
        <ChoiceField<RequestChannel>
          label={t('requests.form.channel')}
          value={draft.channel}
          options={channels}
          onValueChange={(channel) => form.change({ channel })}
          error={errorOf('channel')}
        />
      </div>
      {errorOf('confirmOldReceipt') || draft.confirmOldReceipt ? (
        <CheckboxField
          label={t('requests.record.correct.confirmOld')}
          checked={draft.confirmOldReceipt}
          onCheckedChange={(confirmOldReceipt) => form.change({ confirmOldReceipt })}
          hint={errorOf('confirmOldReceipt') ?? undefined}
        />
      ) : null}
      <CheckboxField label={t('requests.form.complex')} checked={draft.complex} onCheckedChange={(complex) => form.change({ complex })} hint={t('requests.form.complexHint')} />
    </FormCard>
  );
}
