import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../electron/shared/requests';
import { TextareaField } from '../../../components/textarea-field';
import { DateTimeField } from '../../../components/date-time-field';
import { call } from '../../../lib/api';
import { instantToWallTime, wallTimeToInstant } from '../../../../electron/shared/pure/zoned-time';
import { ActionForm } from './actions/action-form';
import { useRequestAction } from './use-request-action';

interface CorrectReceiptFormProps {
  detail: RequestDetail;
  onDone: (detail: RequestDetail) => void;
  onCancel: () => void;
}

/**
 * Corrects when the request arrived (a letter found late in the post room, say): every
 * deadline is recomputed from the corrected moment, and the correction is audited with its reason.
 */
export function CorrectReceiptForm({ detail, onDone, onCancel }: CorrectReceiptFormProps) {
  const { t } = useTranslation();
  const [wall, setWall] = useState(() => instantToWallTime(detail.receivedAt, detail.timeZone));
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const action = useRequestAction(onDone);
  const instant = wallTimeToInstant(wall, detail.timeZone);

  const submit = () => {
    setTried(true);
    if (!instant || !reason.trim()) return;
    void action.run(() => call('requests.correctReceipt', { id: detail.id, expectedVersion: detail.version, receivedAt: instant, reason }));
  };

  return (
    <ActionForm title={t('requests.correction.title')} submitLabel={t('requests.correction.submit')} busy={action.busy} error={action.error} onSubmit={submit} onCancel={onCancel}>
      <DateTimeField
        label={t('requests.form.receivedAt')}
        value={wall}
        onValueChange={setWall}
        hint={t('requests.form.receivedAtHint', { zone: detail.timeZone })}
        error={tried && !instant ? t('requests.form.errors.receivedAt') : action.issueOf('receivedAt')}
      />
      <TextareaField
        label={t('requests.correction.reason')}
        value={reason}
        onValueChange={setReason}
        rows={2}
        error={tried && !reason.trim() ? t('requests.actions.required') : action.issueOf('reason')}
      />
    </ActionForm>
  );
}
