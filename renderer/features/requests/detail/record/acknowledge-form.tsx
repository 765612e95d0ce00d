import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestChannel } from '../../../../../electron/shared/requests';
import { SelectField } from '../../../../components/select-field';
import { DateTimeField } from '../../../../components/date-time-field';
import { call } from '../../../../lib/api';
import { instantToWallTime, wallTimeToInstant } from '../../../../../electron/shared/pure/zoned-time';
import { useRequestOptions } from '../../use-request-options';
import { ActionForm } from '../actions/action-form';
import type { ActionProps } from '../actions/action-props';
import { useRequestAction } from '../use-request-action';

/**
 * Records that receipt was acknowledged to the person: when (now by default, in the
 * organisation's zone) and by which channel. A letter marked sent records this by itself.
 */
export function AcknowledgeForm({ detail, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const options = useRequestOptions();
  const [wall, setWall] = useState(() => instantToWallTime(new Date().toISOString(), detail.timeZone));
  const [channel, setChannel] = useState<string>(detail.channel === 'web-form' ? 'email' : detail.channel);
  const [tried, setTried] = useState(false);
  const action = useRequestAction(onDone, 'acknowledgement.');
  const instant = wallTimeToInstant(wall, detail.timeZone);
  const submit = () => {
    setTried(true);
    if (!instant) return;
    void action.run(() => call('requests.acknowledge', { id: detail.id, expectedVersion: detail.version, acknowledgement: { at: instant, channel: channel as RequestChannel } }));
  };
  return (
    <ActionForm title={t('requests.record.acknowledge.title')} submitLabel={t('requests.record.acknowledge.submit')} busy={action.busy} error={action.error} onSubmit={submit} onCancel={onCancel}>
      <DateTimeField
        label={t('requests.record.acknowledge.at')}
        value={wall}
        onValueChange={setWall}
        hint={t('requests.form.receivedAtHint', { zone: detail.timeZone })}
        error={tried && !instant ? t('requests.form.errors.receivedAt') : action.issueOf('at')}
      />
      <SelectField
        label={t('requests.record.acknowledge.channel')}
        value={channel}
        onValueChange={setChannel}
        emptyLabel={t('requests.record.acknowledge.channel')}
        options={(options?.channels ?? [channel]).map((c) => ({ value: c, label: t(`requests.channels.${c as RequestChannel}`) }))}
      />
    </ActionForm>
  );
}
