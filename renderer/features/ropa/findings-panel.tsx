import { useTranslation } from 'react-i18next';
import type { RegisterFindings } from '../../../electron/shared/registers';

/** What the register lacks, as an inspector would ask: each kind of gap with the entries it concerns. */
export function FindingsPanel({ findings }: { findings: RegisterFindings }) {
  const { t } = useTranslation();
  const lines = [
    findings.activitiesWithoutLegalBasis.length > 0 ? t('ropa.findings.noBasis', { names: findings.activitiesWithoutLegalBasis.map((a) => a.reference).join(', ') }) : null,
    findings.activitiesWithoutRetention.length > 0 ? t('ropa.findings.noRetention', { names: findings.activitiesWithoutRetention.map((a) => a.reference).join(', ') }) : null,
    findings.overdueReviews.length > 0 ? t('ropa.findings.overdue', { names: findings.overdueReviews.map((r) => r.name).join(', ') }) : null,
    findings.processorsWithoutContract.length > 0 ? t('ropa.findings.noContract', { names: findings.processorsWithoutContract.map((p) => p.name).join(', ') }) : null,
    findings.transfersWithoutSafeguard.length > 0 ? t('ropa.findings.noSafeguard', { names: findings.transfersWithoutSafeguard.map((x) => `${x.recipient} (${x.country})`).join(', ') }) : null,
  ].filter((line): line is string => line !== null);
  return (
    <section className={lines.length > 0 ? 'ropa-card ropa-findings warning-note' : 'ropa-card ropa-findings'} aria-labelledby="ropa-findings-title">
      <h2 id="ropa-findings-title" className="ropa-card-title">
        {t('ropa.findings.title')}
      </h2>
      {lines.length === 0 ? (
        <p>{t('ropa.findings.none')}</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
