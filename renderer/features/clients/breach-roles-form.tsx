import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachDetail } from '../../../electron/shared/breaches';
import type { Client } from '../../../electron/shared/clients';
import { instantToWallTime, wallTimeToInstant } from '../../../electron/shared/pure/zoned-time';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorAlert } from '../../components/error-alert';
import { DateTimeField } from '../../components/date-time-field';
import { call } from '../../lib/api';
import { useEditedForm } from '../../lib/unsaved-changes';
import { useRoleChange } from './use-role-change';

/** Whose data the breach touches (ours as controller, which clients' as processor), a processor's report, and the NIS2 flag. */
export function BreachRolesForm({ detail, clients, timeZone, nis2InScope, onDone }: { detail: BreachDetail; clients: Client[]; timeZone: string; nis2InScope: boolean; onDone: (detail: BreachDetail) => void }) {
  const { t } = useTranslation();
  const [controllerSide, setControllerSide] = useState(detail.roles.controllerSide);
  const [clientIds, setClientIds] = useState(detail.roles.clients.map((c) => c.clientId));
  const [reported, setReported] = useState(detail.roles.processorReportedAt ? instantToWallTime(detail.roles.processorReportedAt, timeZone) : '');
  const [nis2, setNis2] = useState(detail.roles.nis2Significant);
  const change = useRoleChange(detail.id, onDone);
  const edits = useEditedForm();
  const reportedAt = reported === '' ? null : wallTimeToInstant(reported, timeZone);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (change.busy || (reported !== '' && reportedAt === null)) return;
    void change.run(() => call('breaches.setRoles', { breachId: detail.id, controllerSide, clientIds, processorReportedAt: reportedAt, nis2Significant: nis2 })).then((done) => {
      if (done) edits.settle();
    });
  };
  const toggle = (id: string, on: boolean) => setClientIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  return (
    <form className="breach-subform" onSubmit={submit} onInput={edits.onInput} noValidate aria-labelledby="roles-form-title">
      <h3 id="roles-form-title" className="subform-title">
        {t('clients.roles.title')}
      </h3>
      <CheckboxField label={t('clients.roles.controllerSide')} checked={controllerSide} onCheckedChange={setControllerSide} />
      <fieldset className="ropa-purposes">
        <legend>{t('clients.roles.clients')}</legend>
        {clients.length === 0 ? <p className="ropa-empty">{t('clients.roles.noClients')}</p> : null}
        <div className="roles-clients">
          {clients.map((c) => (
            <CheckboxField key={c.id} label={c.name} checked={clientIds.includes(c.id)} onCheckedChange={(on) => toggle(c.id, on)} />
          ))}
        </div>
      </fieldset>
      <DateTimeField label={t('clients.roles.processorReported')} value={reported} onValueChange={setReported} hint={t('clients.roles.processorReportedHint')} error={change.issueOf('processorReportedAt')} />
      <CheckboxField label={t('clients.roles.nis2')} checked={nis2} onCheckedChange={setNis2} hint={nis2InScope ? t('clients.roles.nis2Hint') : t('clients.roles.nis2OutOfScope')} />
      <ErrorAlert error={change.error} />
      <p className="field-error">{change.issueOf('clientIds')}</p>
      <div className="button-row">
        <button type="submit" className="button" disabled={change.busy}>
          {t('clients.roles.save')}
        </button>
      </div>
    </form>
  );
}
