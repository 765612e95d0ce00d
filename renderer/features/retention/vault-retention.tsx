import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachStatus } from '../../../electron/shared/breaches';
import type { RequestStatus } from '../../../electron/shared/requests';
import type { ApiError } from '../../../electron/shared/result';
import { ErrorAlert } from '../../components/error-alert';
import { StatusMessage } from '../../components/status-message';
import { TextField } from '../../components/text-field';
import { useLanguage } from '../../i18n/use-language';
import { call } from '../../lib/api';
import { useApi } from '../../lib/use-api';
import { formatInstant } from '../requests/format';
import { FormSection } from '../settings/form-section';
import { DeleteCasesDialog } from './delete-cases-dialog';
import { ProposalList } from './proposal-list';

/**
 * The vault's own retention: how long closed cases are kept, the cases old enough to delete,
 * and their deletion — chosen case by case, confirmed with a typed word.
 */
export function VaultRetention({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [months, setMonths] = useState('');
  const [monthsError, setMonthsError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [saveError, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const preferences = useApi('deadlines.preferences', {}, { onData: (value) => setMonths(value.closedCaseRetentionMonths === null ? '' : String(value.closedCaseRetentionMonths)) });
  const found = useApi('retention.proposals', {}, { onData: () => setChosen(new Set()) });
  const proposals = found.data;
  const error = saveError ?? found.error;
  const { reload: reloadPreferences } = preferences;
  const { reload: reloadProposals } = found;
  const load = useCallback(async () => {
    await Promise.all([reloadPreferences(), reloadProposals()]);
  }, [reloadPreferences, reloadProposals]);

  const savePeriod = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const value = months.trim() === '' ? null : /^\d{1,3}$/.test(months.trim()) ? Number(months.trim()) : Number.NaN;
    if (value !== null && (Number.isNaN(value) || value < 1 || value > 600)) return setMonthsError(t('dashboard.reminders.invalidList'));
    setMonthsError(null);
    const result = await call('deadlines.updatePreferences', { changes: { closedCaseRetentionMonths: value } });
    if (!result.ok) return setError(result.error);
    setNotice(t('dashboard.retentionTab.periodSaved'));
    await load();
  };

  const ids = (kind: 'requests' | 'breaches') => proposals?.[kind].rows.filter((row) => chosen.has(row.id)).map((row) => row.id) ?? [];
  const cutoff = proposals?.cutoff ? formatInstant(proposals.cutoff, timeZone, language) : null;
  return (
    <FormSection title={t('dashboard.retentionTab.vaultTitle')} description={t('dashboard.retentionTab.vaultIntro')}>
      <form className="field-inline" onSubmit={(event) => void savePeriod(event)} noValidate>
        <TextField label={t('dashboard.retentionTab.periodMonths')} hint={t('dashboard.retentionTab.periodHint')} value={months} onValueChange={setMonths} error={monthsError} inputMode="numeric" />
        <button type="submit" className="button">
          {t('dashboard.retentionTab.savePeriod')}
        </button>
      </form>
      <StatusMessage message={notice} />
      <ErrorAlert error={error} />
      {proposals && proposals.periodMonths !== null ? (
        <div className="retention-proposals">
          <h3 className="retention-form-title">
            {t('dashboard.retentionTab.proposalsTitle')} {cutoff ? <span className="muted">· {t('dashboard.retentionTab.proposalsCutoff', { date: cutoff })}</span> : null}
          </h3>
          {proposals.requests.total + proposals.breaches.total === 0 ? (
            <p className="dash-empty">{t('dashboard.retentionTab.proposalsNone')}</p>
          ) : (
            <>
              <ProposalList title={t('dashboard.retentionTab.requests')} rows={proposals.requests.rows} chosen={chosen} onChosen={setChosen} timeZone={timeZone} statusLabel={(status) => t(`requests.statuses.${status as RequestStatus}`)} />
              <ProposalList title={t('dashboard.retentionTab.breachesLabel')} rows={proposals.breaches.rows} chosen={chosen} onChosen={setChosen} timeZone={timeZone} statusLabel={(status) => t(`breaches.statuses.${status as BreachStatus}`)} />
              <div>
                <button type="button" className="button retention-confirm" disabled={chosen.size === 0} onClick={() => setConfirming(true)}>
                  {t('dashboard.retentionTab.deleteSelected', { count: chosen.size })}
                </button>
              </div>
            </>
          )}
        </div>
      ) : null}
      {confirming ? (
        <DeleteCasesDialog
          requestIds={ids('requests')}
          breachIds={ids('breaches')}
          onClose={() => setConfirming(false)}
          onDone={(result) => {
            setConfirming(false);
            setNotice(t('dashboard.retentionTab.deleted', { requests: result.deletedRequests, breaches: result.deletedBreaches }));
            void load();
          }}
        />
      ) : null}
    </FormSection>
  );
}
