import { useTranslation } from 'react-i18next';
import { FormCard } from '../requests/form/form-card';
import { useApi } from '../../lib/use-api';

/**
 * At intake: whose data the request is about. Ours (we are the controller), or one client's
 * that we hold as processor, whose processing agreement then sets our clock. One choice, so a
 * processor-side request can never be left without its client.
 */
export function CapacityFields({ clientId, onClientChange }: { clientId: string; onClientChange: (clientId: string) => void }) {
  const { t } = useTranslation();
  const clients = useApi('clients.list', {}).data ?? [];
  return (
    <FormCard title={t('clients.capacity.legend')}>
      <div className="field">
        <label className="field-label" htmlFor="request-capacity">
          {t('clients.capacity.legend')}
        </label>
        <select id="request-capacity" className="input select" value={clientId} onChange={(event) => onClientChange(event.target.value)} aria-describedby="request-capacity-hint">
          <option value="">{t('clients.capacity.controller')}</option>
          {clients.map((c) => (
            <option key={c.id} value={c.id}>
              {t('clients.capacity.processorFor', { client: c.name })}
            </option>
          ))}
        </select>
        <div className="field-hint" id="request-capacity-hint">
          {clients.length === 0 ? t('clients.capacity.noClients') : t('clients.capacity.clientHint')}
        </div>
      </div>
    </FormCard>
  );
}
