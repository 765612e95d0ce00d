import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachDetail } from '../../../electron/shared/breaches';
import type { Nis2Stage } from '../../../electron/shared/clients';
import { SelectField } from '../../components/select-field';
import { ErrorAlert } from '../../components/error-alert';
import { DateTimeField } from '../../components/date-time-field';
import { TextField } from '../../components/text-field';
import { call } from '../../lib/api';
import { useEditedForm } from '../../lib/unsaved-changes';
import { currentTime } from '../breaches/use-now';
import { useMomentField } from '../breaches/detail/use-moment-field';
import { useRoleChange } from './use-role-change';
import { isAfterDue } from './clock-lateness';
import { formatInstant } from '../breaches/format-time';
import { useLanguage } from '../../i18n/use-language';

type Stage = Nis2Stage;

/** The NIS2 reports in the order they are due (Art. 23(4)(a), (b), (e) while the incident goes on at the month, (d)). */
const NIS2_STAGES = ['early-warning', 'notification', 'progress', 'final'] as const satisfies readonly Nis2Stage[];

/** Records the Art. 33(2) notice sent to one of the clients the breach affects; sent after the contract's hours, it says it will show as late. */
export function ClientNoticeForm({ detail, timeZone, onDone }: { detail: BreachDetail; timeZone: string; onDone: (detail: BreachDetail) => void }) {
  const { t } = useTranslation();
  const pending = detail.roles.clients.filter((c) => c.notifiedAt === null);
  const [clientId, setClientId] = useState(pending[0]?.clientId ?? '');
  const [channel, setChannel] = useState('');
  const [reference, setReference] = useState('');
  const sent = useMomentField(timeZone);
  const change = useRoleChange(detail.id, onDone);
  const edits = useEditedForm();
  const language = useLanguage();
  if (detail.roles.clients.length === 0) return null;
  const due = detail.clocks.find((c) => c.kind === 'gdpr-client' && c.partyId === clientId)?.dueAt;
  const late = isAfterDue(due, sent.instantAt(currentTime()));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const at = sent.instantAt(currentTime());
    if (change.busy || at === null || clientId === '') return;
    void change.run(() => call('breaches.clientNotice', { breachId: detail.id, clientId, sentAt: at, channel, reference: reference || null })).then((done) => {
      if (done) edits.settle();
    });
  };
  return (
    <form className="breach-subform" onSubmit={submit} onInput={edits.onInput} noValidate aria-labelledby="client-notice-title">
      <h3 id="client-notice-title" className="subform-title">
        {t('clients.roles.noticeTitle')}
      </h3>
      <div className="subform-pair">
        <SelectField label={t('clients.roles.client')} value={clientId} onValueChange={setClientId} options={detail.roles.clients.map((c) => ({ value: c.clientId, label: c.clientName }))} emptyLabel={t('clients.roles.choose')} error={change.issueOf('clientId')} />
        <DateTimeField label={t('clients.roles.sentAt')} value={sent.value} onValueChange={sent.onChange} hint={t('breaches.common.inZone', { zone: timeZone })} error={change.issueOf('sentAt')} />
      </div>
      <div className="subform-pair">
        <TextField label={t('clients.roles.channel')} value={channel} onValueChange={setChannel} error={change.issueOf('channel')} />
        <TextField label={t('clients.roles.reference')} value={reference} onValueChange={setReference} />
      </div>
      {late && due ? (
        <p className="delay-callout" data-testid="client-notice-late">
          {t('clients.roles.lateNotice', { due: formatInstant(due, timeZone, language, true) })}
        </p>
      ) : null}
      <ErrorAlert error={change.error} />
      <div className="button-row">
        <button type="submit" className="button" disabled={change.busy}>
          {t('clients.roles.recordNotice')}
        </button>
      </div>
    </form>
  );
}

/**
 * Records a NIS2 report sent to the CSIRT: the early warning, the incident notification, the
 * progress report (an incident still ongoing at the month), the final report; sent after its deadline, it says it will show as late (as the authority's notice does).
 */
export function Nis2ReportForm({ detail, timeZone, onDone }: { detail: BreachDetail; timeZone: string; onDone: (detail: BreachDetail) => void }) {
  const { t } = useTranslation();
  const next = NIS2_STAGES.find((s) => detail.clocks.some((c) => c.kind === `nis2-${s}` && c.doneAt === null)) ?? 'early-warning';
  const [stage, setStage] = useState<Stage | ''>(next);
  const [reference, setReference] = useState('');
  const sent = useMomentField(timeZone);
  const change = useRoleChange(detail.id, onDone);
  const edits = useEditedForm();
  const language = useLanguage();
  const due = detail.clocks.find((c) => c.kind === `nis2-${stage}`)?.dueAt;
  const late = isAfterDue(due, sent.instantAt(currentTime()));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const at = sent.instantAt(currentTime());
    if (change.busy || at === null || stage === '') return;
    void change.run(() => call('breaches.nis2Report', { breachId: detail.id, stage, sentAt: at, reference: reference || null })).then((done) => {
      if (done) edits.settle();
    });
  };
  return (
    <form className="breach-subform" onSubmit={submit} onInput={edits.onInput} noValidate aria-labelledby="nis2-report-title">
      <h3 id="nis2-report-title" className="subform-title">
        {t('clients.roles.nis2Title')}
      </h3>
      <div className="subform-pair">
        <SelectField label={t('clients.roles.stage')} value={stage} onValueChange={(value) => setStage(value as Stage | '')} options={NIS2_STAGES.map((s) => ({ value: s, label: t(`clients.roles.stages.${s}`) }))} emptyLabel={t('clients.roles.choose')} error={change.issueOf('stage')} />
        <DateTimeField label={t('clients.roles.sentAt')} value={sent.value} onValueChange={sent.onChange} hint={t('breaches.common.inZone', { zone: timeZone })} error={change.issueOf('sentAt')} />
      </div>
      <TextField label={t('clients.roles.reference')} value={reference} onValueChange={setReference} />
      {late && due ? (
        <p className="delay-callout" data-testid="nis2-report-late">
          {t('clients.roles.lateReport', { due: formatInstant(due, timeZone, language, true) })}
        </p>
      ) : null}
      <ErrorAlert error={change.error} />
      <div className="button-row">
        <button type="submit" className="button" disabled={change.busy}>
          {t('clients.roles.recordReport')}
        </button>
      </div>
    </form>
  );
}
