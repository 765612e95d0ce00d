import '../ropa/ropa.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../electron/shared/clients';
import { ErrorAlert } from '../../components/error-alert';
import { ScreenHeading } from '../../components/screen-heading';
import { StatusMessage } from '../../components/status-message';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ClientForm } from './client-form';
import { ClientTable } from './client-table';
import { Nis2Setting } from './nis2-setting';
import { useClients } from './use-clients';

/** The clients we process for (Art. 28), with the terms that set their clocks, and the NIS2 setting. */
export function ClientsSection() {
  const { t } = useTranslation();
  useDocumentTitle(t('sections.clients.nav'));
  const { clients, activities, error, reload } = useClients();
  const [editing, setEditing] = useState<Client | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const saved = async (client: Client) => {
    setEditing(null);
    setNotice(t('clients.form.saved', { name: client.name }));
    await reload();
  };

  return (
    <div className="page ropa-page">
      <header className="page-header">
        <ScreenHeading>{t('sections.clients.title')}</ScreenHeading>
        <p className="page-subtitle">{t('sections.clients.subtitle')}</p>
      </header>
      <ErrorAlert error={error} />
      <StatusMessage message={notice} />
      {clients ? (
        editing ? (
          <ClientForm client={editing === 'new' ? null : editing} activities={activities} onSaved={(c) => void saved(c)} onCancel={() => setEditing(null)} />
        ) : (
          <>
            <section className="ropa-card">
              <div className="button-row">
                <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
                  {t('clients.list.add')}
                </button>
              </div>
              <ClientTable clients={clients} onOpen={setEditing} />
            </section>
            <Nis2Setting />
          </>
        )
      ) : null}
    </div>
  );
}
