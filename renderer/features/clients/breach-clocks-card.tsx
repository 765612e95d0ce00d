import { useTranslation } from 'react-i18next';
import type { BreachDetail } from '../../../electron/shared/breaches';
import { useApi } from '../../lib/use-api';
import { BreachRolesForm } from './breach-roles-form';
import { ClientNoticeForm, Nis2ReportForm } from './breach-notice-forms';
import { ClockList } from './clock-list';

/**
 * Every clock of a breach on its page: the authority's 72 hours, each client's notice under
 * its contract, the NIS2 reports; then whose data it touches, and the notices to clients and
 * to the CSIRT as they go out.
 */
export function BreachClocksCard({ detail, timeZone, onChange }: { detail: BreachDetail; timeZone: string; onChange: (detail: BreachDetail) => void }) {
  const { t } = useTranslation();
  const clients = useApi('clients.list', {}).data ?? [];
  const scope = useApi('settings.get', {}).data?.['nis2.scope'];
  const nis2InScope = scope === 'essential' || scope === 'important';
  const nis2Running = detail.clocks.some((c) => c.kind.startsWith('nis2-'));
  const open = detail.status !== 'closed';
  return (
    <section className="breach-card" aria-labelledby="case-clocks-title">
      <h2 id="case-clocks-title" className="section-title">
        {t('clients.clocks.title')}
      </h2>
      <p className="page-subtitle">{t('clients.clocks.intro')}</p>
      <ClockList clocks={detail.clocks} timeZone={timeZone} labelledBy="case-clocks-title" />
      {open ? (
        <div className="breach-columns">
          <BreachRolesForm key={detail.updatedAt} detail={detail} clients={clients} timeZone={timeZone} nis2InScope={nis2InScope} onDone={onChange} />
          <div>
            <ClientNoticeForm key={`notice-${detail.updatedAt}`} detail={detail} timeZone={timeZone} onDone={onChange} />
            {nis2Running ? <Nis2ReportForm key={`nis2-${detail.updatedAt}`} detail={detail} timeZone={timeZone} onDone={onChange} /> : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
