import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { CommitmentWarnings } from '../commitments/commitment-warnings';
import { displayLocale } from './display-locale';
import { LateList } from './late-list';
import type { AuditReport } from './report-types';

type Share = AuditReport['requests']['withinLegalDeadline'];

function Figure({ id, label, value, detail, text = false }: { id: string; label: string; value: string; detail?: string; text?: boolean }) {
  return (
    <div className="report-figure">
      <dt className="report-figure-label">{label}</dt>
      <dd className={text ? 'report-figure-value report-figure-text' : 'report-figure-value'} data-testid={`figure-${id}`}>
        {value}
      </dd>
      {detail ? <dd className="report-figure-detail">{detail}</dd> : null}
    </div>
  );
}

/** The report's headline figures as cards: requests, deadlines kept, time to respond, breaches and the audit chain. */
export function ReportSummary({ report }: { report: AuditReport }) {
  const { t } = useTranslation();
  const locale = displayLocale(useLanguage());
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const date = (civil: string) => dateFormat.format(new Date(`${civil}T00:00:00Z`));
  const orDash = (value: number | null) => (value === null ? t('reports.summary.notApplicable') : number.format(value));
  const share = (value: Share) => (value.share === null ? t('reports.summary.notApplicable') : percent.format(value.share));
  const shareDetail = (value: Share, none: 'noneAnswered' | 'noneNotified' = 'noneAnswered') =>
    value.of === 0 ? t(`reports.summary.${none}`) : t('reports.summary.shareOf', { count: value.count, of: value.of });
  const { requests, breaches, integrity } = report;
  return (
    <section className="report-summary" aria-labelledby="report-summary-title">
      <h2 id="report-summary-title" className="report-card-title">
        {t('reports.summary.title', { from: date(report.from), to: date(report.to) })}
      </h2>
      <h3 className="report-group-title">{t('reports.summary.requests')}</h3>
      <dl className="report-figures">
        <Figure id="received" label={t('reports.summary.received')} value={number.format(requests.received)} />
        <Figure id="closed" label={t('reports.summary.closed')} value={number.format(requests.closed)} />
        <Figure id="open" label={t('reports.summary.open')} value={number.format(requests.open)} />
        <Figure id="overdue" label={t('reports.summary.overdue')} value={number.format(requests.overdue)} />
        <Figure id="within-legal" label={t('reports.summary.withinLegal')} value={share(requests.withinLegalDeadline)} detail={shareDetail(requests.withinLegalDeadline)} />
        <Figure id="within-commitment" label={t('reports.summary.withinCommitment')} value={share(requests.withinCommitment)} detail={shareDetail(requests.withinCommitment)} />
        <Figure id="median" label={t('reports.summary.median')} value={orDash(requests.daysToRespond.median)} />
        <Figure id="p90" label={t('reports.summary.p90')} value={orDash(requests.daysToRespond.p90)} />
      </dl>
      <LateList late={requests.late} />
      {report.commitments.beyondLaw.length > 0 ? (
        <>
          <h3 className="report-group-title">{t('reports.summary.commitmentsBeyondLaw')}</h3>
          <CommitmentWarnings findings={report.commitments.beyondLaw} from={report.commitments.triedFrom} named testId="report-commitment-warnings" />
        </>
      ) : null}
      <h3 className="report-group-title">{t('reports.summary.breaches')}</h3>
      <dl className="report-figures">
        <Figure id="breaches" label={t('reports.summary.breachCount')} value={number.format(breaches.total)} />
        <Figure id="within-72" label={t('reports.summary.within72')} value={share(breaches.notifiedWithin72h)} detail={shareDetail(breaches.notifiedWithin72h, 'noneNotified')} />
        <Figure id="people" label={t('reports.summary.peopleAffected')} value={number.format(breaches.peopleAffected)} />
      </dl>
      <h3 className="report-group-title">{t('reports.summary.integrity')}</h3>
      <dl className="report-figures report-integrity" data-ok={integrity.ok}>
        <Figure
          id="chain"
          text
          label={t('reports.summary.integrity')}
          value={integrity.ok ? t('reports.summary.verified') : t('reports.summary.broken', { seq: integrity.firstBreak?.seq ?? 0, reason: integrity.firstBreak?.reason ?? '' })}
        />
        <Figure id="events" label={t('reports.summary.events')} value={number.format(integrity.eventCount)} />
        <div className="report-figure report-figure-wide">
          <dt className="report-figure-label">{t('reports.summary.headHash')}</dt>
          <dd className="report-hash">{integrity.headHash}</dd>
        </div>
      </dl>
    </section>
  );
}
