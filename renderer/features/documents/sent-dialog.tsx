import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/shared/result';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { SelectField } from '../../components/select-field';
import { DateField } from '../../components/date-field';
import { TextField } from '../../components/text-field';
import { TextareaField } from '../../components/textarea-field';
import { call } from '../../lib/api';
import type { DocumentSummary } from './document-types';

/** The channels a letter can go out by, in the order the form offers them. */
export const SENT_CHANNELS = ['email', 'pec', 'post', 'registered-post', 'hand', 'portal', 'web-form'] as const;
type SentChannel = (typeof SENT_CHANNELS)[number];

/** The grounds a refusal can rest on, in the order the form offers them. */
const GROUNDS = ['manifestly-unfounded', 'manifestly-excessive', 'identity-not-verified', 'exemption'] as const;
type Ground = (typeof GROUNDS)[number];

interface SentDialogProps {
  document: DocumentSummary;
  today: string;
  onDone: (document: DocumentSummary) => void;
  onClose: () => void;
}

/**
 * Records that a finalised letter was sent: the day (today by default), the channel and to
 * whom (the letter's recipient by default). An acknowledgement says it records the
 * acknowledgement too; a decision letter on an open request offers to close the request with
 * the outcome the letter gives (ticked by default, with a reason for the case history).
 */
export function SentDialog({ document, today, onDone, onClose }: SentDialogProps) {
  const { t } = useTranslation();
  const [sentOn, setSentOn] = useState(today);
  const [channel, setChannel] = useState<SentChannel>('email');
  const [recipient, setRecipient] = useState(document.recipient ?? '');
  const offer = document.onSent?.close ?? null;
  const [close, setClose] = useState(offer !== null);
  const [ground, setGround] = useState<Ground | ''>(offer?.refusalGround ?? '');
  const [reason, setReason] = useState(t('documents.sent.closeReason', { title: document.title }));
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const needsGround = close && offer?.outcome === 'refused' && ground === '';
  const save = async () => {
    setWorking(true);
    const closing = close && offer ? { close: { outcome: offer.outcome, reason, ...(ground !== '' ? { refusalGround: ground } : {}) } } : {};
    const result = await call('documents.sent', { documentId: document.id, sentOn, channel, recipient, ...closing });
    setWorking(false);
    if (result.ok) onDone(result.value);
    else setError(result.error);
  };
  const options = SENT_CHANNELS.map((value) => ({ value, label: t(`documents.sent.channels.${value}`) }));
  return (
    <ModalDialog title={t('documents.sent.title')} description={t('documents.sent.description')} closeLabel={t('documents.sent.cancel')} onClose={onClose}>
      <DateField label={t('documents.sent.on')} value={sentOn} onValueChange={setSentOn} />
      <SelectField label={t('documents.sent.channel')} value={channel} options={options} emptyLabel={t('documents.editor.choose')} onValueChange={(value) => setChannel(SENT_CHANNELS.find((c) => c === value) ?? 'email')} />
      <TextField label={t('documents.sent.recipient')} value={recipient} onValueChange={setRecipient} />
      {document.onSent?.acknowledges ? <p className="field-hint">{t('documents.sent.acknowledges')}</p> : null}
      {offer ? (
        <>
          <CheckboxField
            label={t('documents.sent.close', { outcome: t(`requests.outcomes.${offer.outcome}`) })}
            hint={t('documents.sent.closeHint')}
            checked={close}
            onCheckedChange={setClose}
          />
          {close && offer.outcome === 'refused' && offer.refusalGround === null ? (
            <SelectField
              label={t('documents.sent.ground')}
              value={ground}
              options={GROUNDS.map((value) => ({ value, label: t(`requests.grounds.${value}`) }))}
              emptyLabel={t('documents.editor.choose')}
              onValueChange={(value) => setGround(GROUNDS.find((g) => g === value) ?? '')}
            />
          ) : null}
          {close ? <TextareaField label={t('documents.sent.reason')} value={reason} onValueChange={setReason} /> : null}
        </>
      ) : null}
      <ErrorAlert error={error} />
      <div className="button-row documents-dialog-actions">
        <button type="button" className="button" onClick={onClose} disabled={working}>
          {t('documents.sent.cancel')}
        </button>
        <button type="button" className="button button-primary" onClick={() => void save()} disabled={working || recipient.trim() === '' || needsGround || (close && reason.trim() === '')}>
          {working ? t('documents.sent.working') : t('documents.sent.save')}
        </button>
      </div>
    </ModalDialog>
  );
}
