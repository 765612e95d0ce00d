import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectableField, RequestChannel, RequestCorrection, RequestDetail, RequestType } from '../../../../../electron/shared/requests';
import { CheckboxField } from '../../../../components/checkbox-field';
import { SelectField } from '../../../../components/select-field';
import { TextareaField } from '../../../../components/textarea-field';
import { DateTimeField } from '../../../../components/date-time-field';
import { TextField } from '../../../../components/text-field';
import { call } from '../../../../lib/api';
import { instantToWallTime, wallTimeToInstant } from '../../../../../electron/shared/pure/zoned-time';
import { useRequestOptions } from '../../use-request-options';
import { ActionForm } from '../actions/action-form';
import type { ActionProps } from '../actions/action-props';
import { useRequestAction } from '../use-request-action';

type Draft = {
  subjectName: string;
  subjectEmail: string;
  subjectPhone: string;
  subjectAddress: string;
  requesterName: string;
  requesterEmail: string;
  channel: string;
  types: RequestType[];
  under16: boolean;
  complex: boolean;
  description: string;
  systems: string;
  received: string;
};

function draftOf(d: RequestDetail): Draft {
  return {
    subjectName: d.subjectName,
    subjectEmail: d.subjectEmail ?? '',
    subjectPhone: d.subjectPhone ?? '',
    subjectAddress: d.subjectAddress ?? '',
    requesterName: d.requesterName ?? '',
    requesterEmail: d.requesterEmail ?? '',
    channel: d.channel,
    types: d.types,
    under16: d.under16,
    complex: d.complex,
    description: d.description,
    systems: d.systems.join(', '),
    received: instantToWallTime(d.receivedAt, d.timeZone),
  };
}

/** Only what differs from the record goes to the API, so History lists exactly what was corrected. */
function changesOf(before: Draft, after: Draft, timeZone: string): RequestCorrection['changes'] {
  const changes: Record<string, unknown> = {};
  const texts = ['subjectName', 'subjectEmail', 'subjectPhone', 'subjectAddress', 'requesterName', 'requesterEmail', 'channel', 'description'] as const;
  for (const key of texts) if (before[key].trim() !== after[key].trim()) changes[key] = after[key];
  if (before.types.join() !== after.types.join()) changes.types = after.types;
  if (before.under16 !== after.under16) changes.under16 = after.under16;
  if (before.complex !== after.complex) changes.complex = after.complex;
  const systems = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
  if (systems(before.systems).join() !== systems(after.systems).join()) changes.systems = systems(after.systems);
  if (before.received !== after.received) changes.receivedAt = wallTimeToInstant(after.received, timeZone) ?? '';
  return changes as RequestCorrection['changes'];
}

/**
 * Corrects the facts of the request with a reason. The old and new values stay in the case
 * history; the deadlines are recomputed when receipt, types or complexity change; the
 * reference never changes.
 */
export function CorrectForm({ detail, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const options = useRequestOptions();
  const [initial] = useState(() => draftOf(detail));
  const [draft, setDraft] = useState(initial);
  const [reason, setReason] = useState('');
  const [confirmOld, setConfirmOld] = useState(false);
  const [tried, setTried] = useState(false);
  const action = useRequestAction(onDone, 'correction.changes.');
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const changes = changesOf(initial, draft, detail.timeZone);
  const nothing = Object.keys(changes).length === 0;
  const askOld = action.error?.issues?.some((i) => i.path === 'confirmOldReceipt') === true;
  const types = options?.regimes.find((r) => r.regime === detail.regime)?.types ?? detail.types;
  const field = (key: CorrectableField) => action.issueOf(key);

  const submit = () => {
    setTried(true);
    if (nothing || !reason.trim()) return;
    void action.run(() => call('requests.correct', { id: detail.id, expectedVersion: detail.version, correction: { changes, reason, ...(confirmOld ? { confirmOldReceipt: true } : {}) } }));
  };

  return (
    <ActionForm title={t('requests.record.correct.title')} submitLabel={t('requests.record.correct.submit')} busy={action.busy} error={action.error} onSubmit={submit} onCancel={onCancel}>
      <p className="muted">{t('requests.record.correct.hint', { reference: detail.reference })}</p>
      <div className="form-grid">
        <TextField label={t('requests.record.fields.subjectName')} value={draft.subjectName} onValueChange={set('subjectName')} error={field('subjectName')} />
        <TextField label={t('requests.record.fields.subjectEmail')} type="email" value={draft.subjectEmail} onValueChange={set('subjectEmail')} error={field('subjectEmail')} />
        <TextField label={t('requests.record.fields.subjectPhone')} value={draft.subjectPhone} onValueChange={set('subjectPhone')} error={field('subjectPhone')} />
        <TextField label={t('requests.record.fields.subjectAddress')} value={draft.subjectAddress} onValueChange={set('subjectAddress')} error={field('subjectAddress')} />
        <TextField label={t('requests.record.fields.requesterName')} value={draft.requesterName} onValueChange={set('requesterName')} error={field('requesterName')} />
        <TextField label={t('requests.record.fields.requesterEmail')} type="email" value={draft.requesterEmail} onValueChange={set('requesterEmail')} error={field('requesterEmail')} />
        <SelectField
          label={t('requests.record.fields.channel')}
          value={draft.channel}
          onValueChange={set('channel')}
          emptyLabel={t('requests.record.fields.channel')}
          options={(options?.channels ?? [draft.channel]).map((c) => ({ value: c, label: t(`requests.channels.${c as RequestChannel}`) }))}
        />
        <DateTimeField
          label={t('requests.record.fields.receivedAt')}
          value={draft.received}
          onValueChange={set('received')}
          hint={t('requests.record.correct.receivedHint', { zone: detail.timeZone })}
          error={field('receivedAt')}
        />
      </div>
      <fieldset className="record-types">
        <legend>{t('requests.record.fields.types')}</legend>
        {types.map((type) => (
          <CheckboxField
            key={type}
            label={t(`requests.types.${type}`)}
            checked={draft.types.includes(type)}
            onCheckedChange={(on) => set('types')(on ? [...draft.types, type] : draft.types.filter((x) => x !== type))}
          />
        ))}
        {field('types') ? <p className="field-error">{field('types')}</p> : null}
      </fieldset>
      <CheckboxField label={t('requests.record.fields.under16')} checked={draft.under16} onCheckedChange={set('under16')} />
      <CheckboxField label={t('requests.record.fields.complex')} checked={draft.complex} onCheckedChange={set('complex')} />
      <TextField label={t('requests.record.fields.systems')} value={draft.systems} onValueChange={set('systems')} hint={t('requests.record.correct.systemsHint')} error={field('systems')} />
      <TextareaField label={t('requests.record.fields.description')} value={draft.description} onValueChange={set('description')} rows={3} error={field('description')} />
      <TextareaField
        label={t('requests.record.reason')}
        value={reason}
        onValueChange={setReason}
        rows={2}
        error={tried && nothing ? t('requests.record.correct.nothing') : tried && !reason.trim() ? t('requests.actions.required') : action.issueOf('reason')}
      />
      {askOld ? <CheckboxField label={t('requests.record.correct.confirmOld')} checked={confirmOld} onCheckedChange={setConfirmOld} /> : null}
    </ActionForm>
  );
}
