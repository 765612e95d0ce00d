import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../electron/shared/requests';
import { instantToWallTime, wallTimeToInstant } from '../../../../electron/shared/pure/zoned-time';
import { DateTimeField } from '../../../components/date-time-field';
import { call } from '../../../lib/api';
import { ActionForm } from './actions/action-form';
import { useRequestAction } from './use-request-action';

/** A UK GDPR Art. 12A stop this panel records: what was asked for, and whether it was asked or arrived. */
export interface ClockStopMove {
  reason: 'clarification' | 'fee';
  action: 'start' | 'end';
}

interface ClockStopFormProps {
  detail: RequestDetail;
  move: ClockStopMove;
  onDone: (detail: RequestDetail) => void;
  onCancel: () => void;
}

/**
 * When the clarification or fee was asked for, or arrived: a wall-clock time in the
 * organisation's zone (now by default), recorded with `requests.clockStop`; the deadlines
 * are recomputed at once.
 */
export function ClockStopForm({ detail, move, onDone, onCancel }: ClockStopFormProps) {
  const { t } = useTranslation();
  const [wall, setWall] = useState(() => instantToWallTime(Date.now(), detail.timeZone));
  const [tried, setTried] = useState(false);
  const action = useRequestAction(onDone, 'step.');
  const instant = wallTimeToInstant(wall, detail.timeZone);
  const key = `${move.reason}.${move.action}` as const;

  const submit = () => {
    setTried(true);
    if (!instant) return;
    void action.run(() => call('requests.clockStop', { id: detail.id, expectedVersion: detail.version, step: { reason: move.reason, action: move.action, at: instant } }));
  };

  return (
    <ActionForm title={t(`requests.clockStops.titles.${key}`)} submitLabel={t(`requests.clockStops.submit.${key}`)} busy={action.busy} error={action.error} onSubmit={submit} onCancel={onCancel}>
      <DateTimeField
        label={t(`requests.clockStops.when.${move.action}`)}
        value={wall}
        onValueChange={setWall}
        hint={t(`requests.clockStops.hints.${key}`, { zone: detail.timeZone })}
        error={tried && !instant ? t('requests.form.errors.receivedAt') : action.issueOf('at')}
      />
    </ActionForm>
  );
}
