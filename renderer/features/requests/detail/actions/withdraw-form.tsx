import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextareaField } from '../../../../components/textarea-field';
import { call } from '../../../../lib/api';
import { useRequestAction } from '../use-request-action';
import { ActionForm } from './action-form';
import type { ActionProps } from './action-props';

/** → withdrawn: the person withdrew the request; how they did is kept. Closes the request. */
export function WithdrawForm({ detail, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const action = useRequestAction(onDone, 'transition.');
  const reasonError = tried && !reason.trim() ? t('requests.actions.required') : action.issueOf('reason');

  const submit = () => {
    setTried(true);
    if (!reason.trim()) return;
    void action.run(() => call('requests.transition', { id: detail.id, expectedVersion: detail.version, transition: { to: 'withdrawn', reason } }));
  };

  return (
    <ActionForm title={t('requests.actions.formTitles.withdrawn')} submitLabel={t('requests.actions.withdraw')} busy={action.busy} error={action.error} onSubmit={submit} onCancel={onCancel}>
      <TextareaField label={t('requests.actions.withdrawReason')} value={reason} onValueChange={setReason} rows={2} error={reasonError} />
    </ActionForm>
  );
}
