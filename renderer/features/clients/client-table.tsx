import { useTranslation } from 'react-i18next';
import type { Client } from '../../../electron/shared/clients';
import { useLanguage } from '../../i18n/use-language';
import { formatCivilDate } from '../requests/format';

/** The clients with the terms that set their clocks; a name opens the client's form. */
export function ClientTable({ clients, onOpen }: { clients: Client[]; onOpen: (client: Client) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (clients.length === 0) return <p className="ropa-empty">{t('clients.list.empty')}</p>;
  return (
    <table className="ropa-table">
      <thead>
        <tr>
          <th scope="col">{t('clients.list.name')}</th>
          <th scope="col">{t('clients.list.country')}</th>
          <th scope="col">{t('clients.list.agreement')}</th>
          <th scope="col">{t('clients.list.breachNotice')}</th>
          <th scope="col">{t('clients.list.requests')}</th>
          <th scope="col">{t('clients.list.open')}</th>
        </tr>
      </thead>
      <tbody>
        {clients.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => onOpen(c)} aria-label={t('clients.list.edit', { name: c.name })}>
                {c.name}
              </button>
              <span className="ropa-sub">{c.privacyContact}</span>
            </th>
            <td>{c.country}</td>
            <td className={c.agreementSignedOn ? undefined : 'ropa-missing'}>{c.agreementSignedOn ? formatCivilDate(c.agreementSignedOn, language, false) : t('clients.list.noAgreement')}</td>
            <td>{c.breachNoticeHours === null ? t('clients.list.undueDelay') : t('clients.list.hours', { count: c.breachNoticeHours })}</td>
            <td>{c.requestDays === null ? t('clients.list.undueDelay') : t('clients.list.days', { count: c.requestDays, basis: t(`clients.basis.${c.requestDaysBasis}`) })}</td>
            <td>{t('clients.list.openCount', { requests: c.openRequests, breaches: c.breaches })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
