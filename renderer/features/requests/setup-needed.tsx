import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/shared/result';
import { openSettingsTab } from '../dashboard/open-case';

/**
 * Shown when the back end refuses requests because the organisation has no country or
 * time zone yet: no deadline can be counted honestly without them. Says so, quotes what is
 * missing, and offers the way to Settings, with the cursor in the country.
 */
export function SetupNeeded({ error }: { error?: ApiError }) {
  const { t } = useTranslation();
  return (
    <section className="setup-needed" role="alert" aria-labelledby="setup-needed-title">
      <h2 id="setup-needed-title" className="setup-needed-title">
        {t('requests.setup.title')}
      </h2>
      <p>{t('requests.setup.text')}</p>
      {error ? <p className="setup-needed-detail">{error.message}</p> : null}
      <div>
        <button type="button" className="button button-primary" onClick={() => openSettingsTab('organisation', 'organisation.country')}>
          {t('requests.setup.openSettings')}
        </button>
      </div>
    </section>
  );
}

/** True for the error 'requests.list' and 'requests.counts' give while the organisation is not set up. */
export function isSetupMissing(error: ApiError | null): error is ApiError {
  return error !== null && error.code === 'VALIDATION' && !error.issues?.length;
}
