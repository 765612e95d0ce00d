import { useTranslation } from 'react-i18next';
import type { Processor, Transfer } from '../../../electron/shared/registers';
import { useLanguage } from '../../i18n/use-language';
import { formatCivilDate } from '../requests/format';

/** The processors and sub-processors, with contract date, breach-notice hours and next review. */
export function ProcessorTable({ processors, overdue, onOpen }: { processors: Processor[]; overdue: ReadonlySet<string>; onOpen: (processor: Processor) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = new Map(processors.map((p) => [p.id, p.name]));
  if (processors.length === 0) return <p className="ropa-empty">{t('ropa.processors.empty')}</p>;
  return (
    <table className="ropa-table">
      <thead>
        <tr>
          <th scope="col">{t('ropa.processors.name')}</th>
          <th scope="col">{t('ropa.processors.service')}</th>
          <th scope="col">{t('ropa.processors.country')}</th>
          <th scope="col">{t('ropa.processors.contract')}</th>
          <th scope="col">{t('ropa.processors.notice')}</th>
          <th scope="col">{t('ropa.processors.review')}</th>
        </tr>
      </thead>
      <tbody>
        {processors.map((p) => (
          <tr key={p.id}>
            <th scope="row">
              <button type="button" className="ropa-name-button" aria-label={t('ropa.list.editProcessor', { name: p.name })} onClick={() => onOpen(p)}>
                {p.name}
              </button>
              {p.parentId ? <span className="ropa-sub">{t('ropa.processors.sub', { parent: names.get(p.parentId) ?? '' })}</span> : null}
            </th>
            <td>{p.service}</td>
            <td>{p.country}</td>
            <td className={p.dpaSignedOn ? undefined : 'ropa-missing'}>{p.dpaSignedOn ? formatCivilDate(p.dpaSignedOn, language, false) : t('ropa.processors.noContract')}</td>
            <td>{p.breachNoticeHours === null ? '—' : t('ropa.processors.hours', { count: p.breachNoticeHours })}</td>
            <ReviewCell date={p.nextReview} overdue={overdue.has(p.id)} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Transfers to third countries with their safeguard and transfer impact assessment. */
export function TransferTable({ transfers, overdue, onOpen }: { transfers: Transfer[]; overdue: ReadonlySet<string>; onOpen: (transfer: Transfer) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (transfers.length === 0) return <p className="ropa-empty">{t('ropa.transfers.empty')}</p>;
  return (
    <table className="ropa-table">
      <thead>
        <tr>
          <th scope="col">{t('ropa.transfers.recipient')}</th>
          <th scope="col">{t('ropa.transfers.country')}</th>
          <th scope="col">{t('ropa.transfers.ground')}</th>
          <th scope="col">{t('ropa.transfers.tia')}</th>
          <th scope="col">{t('ropa.transfers.review')}</th>
        </tr>
      </thead>
      <tbody>
        {transfers.map((x) => (
          <tr key={x.id}>
            <th scope="row">
              <button type="button" className="ropa-name-button" aria-label={t('ropa.list.editTransfer', { name: x.recipient })} onClick={() => onOpen(x)}>
                {x.recipient}
              </button>
            </th>
            <td>{x.country}</td>
            <td className={x.ground === 'none' ? 'ropa-missing' : undefined}>
              {t(`ropa.transfers.grounds.${x.ground}`)}
              {x.sccModule ? ` (${x.sccModule.toUpperCase()})` : ''}
            </td>
            <td>{x.tiaOn ? formatCivilDate(x.tiaOn, language, false) : '—'}</td>
            <ReviewCell date={x.nextReview} overdue={overdue.has(x.id)} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The next-review cell, marked when the review is overdue. */
function ReviewCell({ date, overdue }: { date: string; overdue: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <td className={overdue ? 'ropa-missing' : undefined}>
      {formatCivilDate(date, language, false)}
      {overdue ? ` (${t('ropa.list.overdue')})` : ''}
    </td>
  );
}
