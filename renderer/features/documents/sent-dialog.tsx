import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/shared/result';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { call } from '../../lib/api';
import type { DocumentSummary } from './document-types';

/** The channels a letter can go out by, in the order the form offers them. */
export const SENT_CHANNELS = ['email', 'pec', 'post', 'registered-post', 'hand', 'portal', 'web-form'] as const;
type SentChannel = (typeof SENT_CHANNELS)[number];

interface SentDialogProps {
  document: DocumentSummary;
  today: string;
  onDone: (document: DocumentSummary) => void;
  onClose: () => void;
}

/** Records that a finalised letter was sent: the day (today by default), the channel and to whom (the letter's recipient by default). */
export function SentDialog({ document, today, onDone, onClose }: SentDialogProps) {
  const { t } = useTranslation();
  const [sentOn, setSentOn] = useState(today);
  const [channel, setChannel] = useState<SentChannel>('email');
  const [recipient, setRecipient] = useState(document.recipient ?? '');
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const save = async () => {
    setWorking(true);
    const result = await call('documents.sent', { documentId: document.id, sentOn, channel, recipient });
    setWorking(false);
    if (result.ok) onDone(result.value);
    else setError(result.error);
  };
  const options = SENT_CHANNELS.map((value) => ({ value, label: t(`documents.sent.channels.${value}`) }));
  return (
    <ModalDialog title={t('documents.sent.title')} description={t('documents.sent.description')} closeLabel={t('documents.sent.cancel')} onClose={onClose}>
      <TextField type="date" label={t('documents.sent.on')} value={sentOn} onValueChange={setSentOn} />
      <SelectField label={t('documents.sent.channel')} value={channel} options={options} emptyLabel={t('documents.editor.choose')} onValueChange={(value) => setChannel(SENT_CHANNELS.find((c) => c === value) ?? 'email')} />
      <TextField label={t('documents.sent.recipient')} value={recipient} onValueChange={setRecipient} />
      <ErrorAlert error={error} />
      <div className="button-row documents-dialog-actions">
        <button type="button" className="button" onClick={onClose} disabled={working}>
          {t('documents.sent.cancel')}
        </button>
        <button type="button" className="button button-primary" onClick={() => void save()} disabled={working || recipient.trim() === ''}>
          {working ? t('documents.sent.working') : t('documents.sent.save')}
        </button>
      </div>
    </ModalDialog>
  );
}
