import { useTranslation } from 'react-i18next';
import type { InAppNotification, SummaryCounts } from '../../../electron/shared/dashboard';
import { useLanguage } from '../../i18n/use-language';
import { formatInstant } from '../breaches/format-time';
import { formatCivilDate } from '../requests/format';

const SUMMARY_ORDER: (keyof SummaryCounts)[] = ['breachesRunning', 'overdue', 'pastCommitment', 'dueToday', 'dueThisWeek', 'acknowledgements', 'extensionNotices', 'reviews'];

/** Words for an in-app notification: a title, the person or breach it is about, and when it fired and why. */
export function useNotificationText(timeZone: string) {
  const { t } = useTranslation();
  const language = useLanguage();

  const lead = (n: InAppNotification): string => {
    if (n.lead === 'overdue') return t('dashboard.notifications.leads.overdue');
    if (n.lead.endsWith('h')) return t('dashboard.notifications.leads.hours', { count: Number(n.lead.slice(0, -1)) });
    const days = Number(n.lead.slice(0, -1));
    return days === 0 ? t('dashboard.notifications.leads.onTheDay') : t('dashboard.notifications.leads.days', { count: days });
  };

  const deadline = (n: InAppNotification): string => {
    if (!n.deadline) return '';
    return n.deadline.includes('T') ? formatInstant(n.deadline, timeZone, language, true, true) : formatCivilDate(n.deadline, language);
  };

  return (n: InAppNotification): { title: string; body: string; meta: string } => {
    const fired = formatInstant(n.firedAt, timeZone, language);
    if (n.kind === 'summary') {
      const parts = n.summary ? SUMMARY_ORDER.filter((key) => (n.summary?.[key] ?? 0) > 0).map((key) => t(`dashboard.notifications.summaryParts.${key}`, { count: n.summary?.[key] ?? 0 })) : [];
      const body = parts.length > 0 ? parts.join(' · ') : t('dashboard.notifications.nothingDue');
      return { title: t('dashboard.notifications.summaryTitle'), body: body.charAt(0).toUpperCase() + body.slice(1), meta: fired };
    }
    return {
      title: `${t(`dashboard.kinds.${n.kind}`)} · ${n.reference ?? ''}`,
      body: n.label ?? '',
      meta: `${lead(n)} · ${deadline(n)} · ${fired}`,
    };
  };
}
