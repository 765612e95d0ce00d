import { useTranslation } from 'react-i18next';
import type { BreachDetail } from '../../../electron/shared/breaches';
import type { CaseClock } from '../../../electron/shared/case-clocks';
import { useApi } from '../../lib/use-api';
import type { LetterPreset } from '../documents/document-types';
import { BreachRolesForm } from './breach-roles-form';
import { ClientNoticeForm, Nis2ReportForm } from './breach-notice-forms';
import { ClockList } from './clock-list';
import { NIS2_STAGE_OF, nis2ReportNote } from './nis2-report-reference';

/**
 * Every clock of a breach on its page: the authority's 72 hours, each client's notice under
 * its contract, the NIS2 reports; then whose data it touches, and the notices to clients and
 * to the CSIRT as they go out. Each client's row and each NIS2 report's row opens, in the
 * documents panel, the notice or report it owes (`onPrepare`), filled from the case.
 */
export function BreachClocksCard({ detail, timeZone, onChange, onPrepare }: { detail: BreachDetail; timeZone: string; onChange: (detail: BreachDetail) => void; onPrepare: (preset: Omit<LetterPreset, 'nonce'>) => void }) {
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
      <ClockList
        clocks={detail.clocks}
        timeZone={timeZone}
        labelledBy="case-clocks-title"
        actions={(clock) => <PrepareButton clock={clock} onPrepare={onPrepare} />}
        doneNote={(clock) => nis2ReportNote(clock, detail.roles.nis2, t)}
      />
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

/** The document a clock's row can prepare: the notification to the authority (Art. 33(1)), the notice to that client (Art. 33(2)), or that NIS2 report. */
function PrepareButton({ clock, onPrepare }: { clock: CaseClock; onPrepare: (preset: Omit<LetterPreset, 'nonce'>) => void }) {
  const { t } = useTranslation();
  if (clock.kind === 'gdpr-authority') {
    return (
      <button type="button" className="button button-small" aria-label={t('clients.clocks.prepareAuthorityFull')} onClick={() => onPrepare({ kind: 'authority-notification', inputs: {} })}>
        {t('clients.clocks.prepareAuthority')}
      </button>
    );
  }
  if (clock.kind === 'gdpr-client') {
    return (
      <button type="button" className="button button-small" aria-label={t('clients.clocks.prepareNoticeFor', { client: clock.party })} onClick={() => onPrepare({ kind: 'client-notice', inputs: { 'notice.client': clock.party } })}>
        {t('clients.clocks.prepareNotice')}
      </button>
    );
  }
  const stage = NIS2_STAGE_OF[clock.kind];
  if (stage === undefined) return null;
  return (
    <button type="button" className="button button-small" aria-label={t('clients.clocks.prepareReportFor', { report: t(`msg.clock.kind.${clock.kind}`) })} onClick={() => onPrepare({ kind: 'nis2-report', inputs: { 'csirt.phase': stage } })}>
      {t('clients.clocks.prepareReport')}
    </button>
  );
}
