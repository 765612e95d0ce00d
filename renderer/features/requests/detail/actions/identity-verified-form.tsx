import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentityMethod } from '../../../../../electron/shared/requests';
import { ChoiceField } from '../../../../components/choice-field';
import { RadioChoice } from '../../../../components/radio-choice';
import { TextareaField } from '../../../../components/textarea-field';
import { call } from '../../../../lib/api';
import { useRequestAction } from '../use-request-action';
import { ActionForm } from './action-form';
import type { ActionProps } from './action-props';
import { useMethods } from './use-methods';

type Outcome = 'verified' | 'not-required';

/** → in-progress: the identity is verified (by which method), or no verification is needed; work starts. */
export function IdentityVerifiedForm({ detail, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const { methods, suggested } = useMethods(detail);
  const [outcome, setOutcome] = useState<Outcome>(detail.identity.outcome === 'not-required' && !detail.under16 ? 'not-required' : 'verified');
  const [method, setMethod] = useState<IdentityMethod>(suggested);
  const [note, setNote] = useState('');
  const action = useRequestAction(onDone, 'transition.');
  const outcomes = [
    { value: 'verified' as const, label: t('requests.actions.identityVerified') },
    ...(detail.under16 ? [] : [{ value: 'not-required' as const, label: t('requests.actions.identityNotRequired'), hint: t('requests.actions.identityNotRequiredHint') }]),
  ];

  const submit = () => {
    void action.run(() =>
      call('requests.transition', {
        id: detail.id,
        expectedVersion: detail.version,
        transition: { to: 'in-progress', identity: { method, outcome }, ...(note.trim() ? { reason: note } : {}) },
      }),
    );
  };

  return (
    <ActionForm title={t('requests.actions.formTitles.in-progress')} submitLabel={t('requests.actions.confirmIdentity')} busy={action.busy} error={action.error} onSubmit={submit} onCancel={onCancel}>
      <RadioChoice<Outcome> legend={t('requests.actions.identityOutcome')} value={outcome} options={outcomes} onValueChange={setOutcome} />
      <ChoiceField<IdentityMethod>
        label={t('requests.actions.method')}
        value={method}
        options={methods}
        onValueChange={setMethod}
        hint={detail.under16 ? t('requests.actions.under16Method') : undefined}
        error={action.issueOf('identity')}
      />
      <TextareaField label={t('requests.actions.optionalNote')} value={note} onValueChange={setNote} rows={2} />
    </ActionForm>
  );
}
