import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthorityPhase, BreachDetail, BreachOptions, NotificationRecipient } from '../../../../../electron/shared/breaches';
import { ErrorAlert } from '../../../../components/error-alert';
import { RadioChoice } from '../../../../components/radio-choice';
import { SelectField } from '../../../../components/select-field';
import { TextareaField } from '../../../../components/textarea-field';
import { DateTimeField } from '../../../../components/date-time-field';
import { TextField } from '../../../../components/text-field';
import { call } from '../../../../lib/api';
import { useEditedForm } from '../../../../lib/unsaved-changes';
import { currentTime, useNow } from '../../use-now';
import { useBreachChange } from '../use-breach-change';
import { useMomentField } from '../use-moment-field';
import { allowedPhases, needsAdds, needsDelayReasons, noticeInput, noticeIssues, type NoticeDraft, type NoticeIssue } from './notice-rules';

interface NoticeFormProps {
  detail: BreachDetail;
  recipient: NotificationRecipient;
  options: BreachOptions;
  timeZone: string;
  onDone: (detail: BreachDetail) => void;
  onCancel: () => void;
}

/**
 * Records one notification: to the authority in its phase (the reasons for a delay appear,
 * and are required, as soon as the moment sent is past the 72 hours), to the people (channel,
 * how many), or a public communication (channel, where).
 */
export function NoticeForm({ detail, recipient, options, timeZone, onDone, onCancel }: NoticeFormProps) {
  const { t } = useTranslation();
  const phases = allowedPhases(detail.notifications);
  const sent = useMomentField(timeZone);
  const now = useNow(15_000);
  const [draft, setDraft] = useState<NoticeDraft>(() => ({
    phase: phases[0] ?? '',
    channel: '',
    reference: '',
    summary: '',
    delayReasons: '',
    adds: '',
    recipientsCount: detail.facts.complete ? String(detail.facts.complete.subjects) : '',
  }));
  const [tried, setTried] = useState(false);
  const change = useBreachChange(onDone, 'notification.');
  const edits = useEditedForm();
  const sentAt = sent.instantAt(now);
  const delayNeeded = recipient === 'authority' && needsDelayReasons(detail.notifications, detail.authorityDeadline, sentAt);
  const addsNeeded = recipient === 'authority' && needsAdds(detail.notifications, draft.phase, sentAt);
  const issues = noticeIssues(recipient, draft, sentAt, now, delayNeeded, addsNeeded);
  const set = (patch: Partial<NoticeDraft>) => setDraft({ ...draft, ...patch });
  const errorOf = (issue: NoticeIssue, field: string, message: string) => (tried && issues.includes(issue) ? message : change.issueOf(field));
  const channels = recipient === 'authority' ? options.authorityChannels : recipient === 'subjects' ? options.subjectChannels : options.publicChannels;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    const nowMs = currentTime();
    const at = sent.instantAt(nowMs);
    if (change.busy || at === null || noticeIssues(recipient, draft, at, nowMs, delayNeeded, addsNeeded).length > 0) return;
    void change.run(() => call('breaches.addNotification', { id: detail.id, expectedVersion: detail.version, notification: noticeInput(recipient, draft, at) }));
  };

  return (
    <form className="breach-subform" onSubmit={submit} onInput={edits.onInput} noValidate aria-labelledby="notice-form-title">
      <h4 id="notice-form-title" className="subform-title">
        {t(`breaches.notices.formTitles.${recipient}`)}
      </h4>
      {recipient === 'authority' ? (
        <RadioChoice<AuthorityPhase | ''>
          legend={t('breaches.notices.phase')}
          value={draft.phase}
          options={phases.map((value) => ({ value, label: t(`breaches.notices.phases.${value}`), hint: t(`breaches.notices.phaseHints.${value}`) }))}
          onValueChange={(phase) => set({ phase })}
        />
      ) : null}
      {recipient === 'authority' && !phases.includes('preliminary') ? <p className="field-hint">{t('breaches.notices.noSecondPreliminary')}</p> : null}
      <div className="subform-pair">
        <DateTimeField
          label={t('breaches.notices.sentAt')}
          value={sent.value}
          onValueChange={sent.onChange}
          hint={t('breaches.common.inZone', { zone: timeZone })}
          error={errorOf('sentAt', 'sentAt', t('breaches.common.invalidTime')) ?? (tried && issues.includes('sentAtFuture') ? t('breaches.common.future') : null)}
        />
        <SelectField
          label={t('breaches.notices.channel')}
          value={draft.channel}
          options={channels.map((value) => ({ value, label: t(`breaches.notices.channels.${value}`) }))}
          emptyLabel={recipient === 'authority' ? t('breaches.notices.channelNotStated') : t('breaches.notices.chooseChannel')}
          onValueChange={(channel) => set({ channel })}
          error={errorOf('channel', 'channel', t('breaches.common.required'))}
        />
      </div>
      {recipient === 'subjects' ? (
        <TextField
          label={t('breaches.notices.recipientsCount')}
          value={draft.recipientsCount}
          onValueChange={(recipientsCount) => set({ recipientsCount })}
          inputMode="numeric"
          error={errorOf('recipientsCount', 'recipientsCount', t('breaches.notices.countInvalid'))}
        />
      ) : null}
      <TextField
        label={t(`breaches.notices.referenceLabels.${recipient}`)}
        value={draft.reference}
        onValueChange={(reference) => set({ reference })}
        maxLength={500}
        autoComplete="off"
        error={change.issueOf('reference')}
      />
      <TextareaField
        label={t(`breaches.notices.summaryLabels.${recipient}`)}
        value={draft.summary}
        onValueChange={(summary) => set({ summary })}
        rows={3}
        maxLength={20_000}
        error={errorOf('summary', 'summary', t('breaches.common.required'))}
      />
      {addsNeeded ? (
        <div className="adds-field">
          <TextareaField
            label={t('breaches.notices.adds')}
            value={draft.adds}
            onValueChange={(adds) => set({ adds })}
            rows={3}
            maxLength={4000}
            error={errorOf('adds', 'adds', t('breaches.notices.addsRequired'))}
          />
          <p className="field-hint">{t('breaches.notices.addsHint')}</p>
        </div>
      ) : null}
      {delayNeeded ? (
        <div className="delay-callout">
          <p>{t('breaches.notices.lateWarning')}</p>
          <TextareaField
            label={t('breaches.notices.delayReasons')}
            value={draft.delayReasons}
            onValueChange={(delayReasons) => set({ delayReasons })}
            rows={3}
            maxLength={4000}
            error={errorOf('delayReasons', 'delayReasons', t('breaches.notices.delayRequired'))}
          />
        </div>
      ) : null}
      <ErrorAlert error={change.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={change.busy}>
          {change.busy ? t('breaches.common.saving') : t(`breaches.notices.submit.${recipient}`)}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('breaches.common.cancel')}
        </button>
      </div>
    </form>
  );
}
