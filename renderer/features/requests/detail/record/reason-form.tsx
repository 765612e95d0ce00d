import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../../electron/shared/requests';
import type { Result } from '../../../../../electron/shared/result';
import { TextareaField } from '../../../../components/textarea-field';
import { ActionForm } from '../actions/action-form';
import { useRequestAction } from '../use-request-action';

interface ReasonFormProps {
  title: string;
  hint: string;
  submitLabel: string;
  send: (reason: string) => Promise<Result<RequestDetail>>;
  onDone: (detail: RequestDetail) => void;
  onCancel: () => void;
}

/** A step that needs only the DPO's reason (void, reopen, undo an extension): kept in the case history. */
export function ReasonForm({ title, hint, submitLabel, send, onDone, onCancel }: ReasonFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const action = useRequestAction(onDone);
  const submit = () => {
    setTried(true);
    if (!reason.trim()) return;
    void action.run(() => send(reason));
  };
  return (
    <ActionForm title={title} submitLabel={submitLabel} busy={action.busy} error={action.error} onSubmit={submit} onCancel={onCancel}>
      <p className="muted">{hint}</p>
      <TextareaField
        label={t('requests.record.reason')}
        value={reason}
        onValueChange={setReason}
        rows={2}
        error={tried && !reason.trim() ? t('requests.actions.required') : action.issueOf('reason')}
      />
    </ActionForm>
  );
}
