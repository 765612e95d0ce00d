import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentityMethod } from '../../../../../electron/shared/requests';
import { ChoiceField } from '../../../../components/choice-field';
import { TextareaField } from '../../../../components/textarea-field';
import { call } from '../../../../lib/api';
import { useRequestAction } from '../use-request-action';
import { ActionForm } from './action-form';
import type { ActionProps } from './action-props';
import { useMethods } from './use-methods';

/** received → awaiting-identity: how the person must prove who they are, and why it is asked. */
export function IdentityRequestForm({ detail, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const { methods, suggested } = useMethods(detail);
  const [method, setMethod] = useState<IdentityMethod>(suggested);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const action = useRequestAction(onDone, 'transition.');
  const reasonError = tried && !reason.trim() ? t('requests.actions.required') : action.issueOf('reason');

  const submit = () => {
    setTried(true);
    if (!reason.trim()) return;
    void action.run(() => call('requests.transition', { id: detail.id, expectedVersion: detail.version, transition: { to: 'awaiting-identity', method, reason } }));
  };

  return (
    <ActionForm title={t('requests.actions.formTitles.awaiting-identity')} submitLabel={t('requests.actions.identityRequest')} busy={action.busy} error={action.error} onSubmit={submit} onCancel={onCancel}>
      <ChoiceField<IdentityMethod>
        label={t('requests.actions.method')}
        value={method}
        options={methods}
        onValueChange={setMethod}
        hint={detail.under16 ? t('requests.actions.under16Method') : undefined}
        error={action.issueOf('method')}
      />
      <TextareaField label={t('requests.actions.identityReason')} value={reason} onValueChange={setReason} rows={3} error={reasonError} placeholder={t('requests.actions.identityReasonHint')} />
    </ActionForm>
  );
}
