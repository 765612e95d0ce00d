import { useTranslation } from 'react-i18next';
import type { SeverityLevel } from '../../../electron/shared/breaches';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from './format-time';

interface SeverityBadgeProps {
  severity: { score: number; level: SeverityLevel } | null;
  /** Show the ENISA score next to the band. */
  withScore?: boolean;
}

/** The ENISA severity band (low, medium, high, very high), or a dash while the facts are incomplete. */
export function SeverityBadge({ severity, withScore = false }: SeverityBadgeProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!severity) {
    return <span className="severity-badge severity-none">{t('breaches.severity.none')}</span>;
  }
  const score = formatNumber(severity.score, language, 2);
  return (
    <span className={`severity-badge severity-${severity.level}`} data-level={severity.level} title={t('breaches.severity.scoreTitle', { score })}>
      {t(`breaches.severity.levels.${severity.level}`)}
      {withScore ? <span className="severity-score">{score}</span> : null}
    </span>
  );
}
