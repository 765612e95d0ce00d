import { useTranslation } from 'react-i18next';

/** Settings → Security: where the vault folder is, so the DPO can back it up. */
export function VaultLocation({ path }: { path: string }) {
  const { t } = useTranslation();
  return (
    <section className="form-section" aria-labelledby="vault-location-title">
      <h2 id="vault-location-title" className="form-section-title">
        {t('settings.security.locationTitle')}
      </h2>
      <p className="form-section-description">{t('settings.security.locationIntro')}</p>
      <p className="path-box" data-testid="vault-path">
        {path}
      </p>
    </section>
  );
}
