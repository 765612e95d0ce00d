import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextareaField } from '../../../../components/textarea-field';
import { call } from '../../../../lib/api';
import { useDeadlineText } from '../../use-deadline-text';
import { todayOf } from '../today-of';
import { useRequestAction } from '../use-request-action';
import { ActionForm } from './action-form';
import type { ActionProps } from './action-props';

const MIN_REASON = 10;

/** → extended: the reasons (the person must be told them); the new date shows once recorded. */
export function ExtendForm({ detail, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const text = useDeadlineText();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const action = useRequestAction(onDone, 'transition.');
  const short = reason.trim().length < MIN_REASON;
  const reasonError = tried && short ? t('requests.actions.reasonTooShort') : action.issueOf('reason');
  const noticeBy = detail.deadlines.extensionNoticeBy;
  const today = todayOf(detail);
  const tooLate = noticeBy !== null && today !== null && noticeBy < today;

  const submit = () => {
    setTried(true);
    if (short) return;
    void action.run(() => call('requests.transition', { id: detail.id, expectedVersion: detail.version, transition: { to: 'extended', reason } }));
  };

  return (
    <ActionForm title={t('requests.actions.formTitles.extended')} submitLabel={t('requests.actions.extend')} busy={action.busy} error={action.error} onSubmit={submit} onCancel={onCancel}>
      {noticeBy ? (
        <p className={tooLate ? 'warning-note' : 'info-note'}>
          {t(tooLate ? 'requests.actions.extendTooLate' : 'requests.actions.extendNoticeBy', { date: text.date(noticeBy) })}
        </p>
      ) : null}
      <TextareaField label={t('requests.actions.extendReason')} value={reason} onValueChange={setReason} rows={3} error={reasonError} placeholder={t('requests.actions.extendReasonHint')} />
    </ActionForm>
  );
}
