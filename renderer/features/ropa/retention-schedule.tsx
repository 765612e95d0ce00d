import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionScheduleResult } from '../../../electron/shared/registers';
import type { ApiError } from '../../../electron/shared/result';
import { ErrorAlert } from '../../components/error-alert';
import { useLanguage } from '../../i18n/use-language';
import { call } from '../../lib/api';
import { openSettingsTab } from '../dashboard/open-case';

/** Turns the activities' retention periods into the retention rules the retention screen reviews, and says what it did. */
export function RetentionSchedule({ onApplied }: { onApplied: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [result, setResult] = useState<RetentionScheduleResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const apply = async () => {
    setBusy(true);
    const answer = await call('registers.applyRetention', { language });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setResult(answer.value);
    onApplied();
  };

  return (
    <section className="ropa-card ropa-retention" aria-labelledby="ropa-retention-title">
      <h2 id="ropa-retention-title" className="ropa-card-title">
        {t('ropa.retention.title')}
      </h2>
      <p className="field-hint">{t('ropa.retention.hint')}</p>
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void apply()}>
          {t('ropa.retention.apply')}
        </button>
        <button type="button" className="button" onClick={() => openSettingsTab('retention')}>
          {t('ropa.retention.open')}
        </button>
      </div>
      <ErrorAlert error={error} />
      {result ? (
        <div role="status">
          <p>{t('ropa.retention.done', { created: result.created, updated: result.updated, unchanged: result.unchanged })}</p>
          {result.unparsed.length > 0 ? <p className="warning-note">{t('ropa.retention.unparsed', { names: result.unparsed.map((u) => `${u.reference} (${u.retention})`).join('; ') })}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
