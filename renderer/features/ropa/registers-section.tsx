import './ropa.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../electron/shared/registers';
import { ErrorAlert } from '../../components/error-alert';
import { ScreenHeading } from '../../components/screen-heading';
import { StatusMessage } from '../../components/status-message';
import { useLanguage } from '../../i18n/use-language';
import { useDocumentTitle } from '../../lib/use-document-title';
import { formatCivilDate } from '../requests/format';
import { ActivityForm } from './activity-form';
import { ActivityTable } from './activity-table';
import { FindingsPanel } from './findings-panel';
import { ProcessorTable, TransferTable } from './party-tables';
import { RegisterToolbar } from './register-toolbar';
import { useRegisters } from './use-registers';

const TABS = ['activities', 'processors', 'transfers'] as const;
type Tab = (typeof TABS)[number];

/** The registers: findings first, export and import, then activities, processors and transfers as tabs; an activity opens its form. */
export function RegistersSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('sections.registers.nav'));
  const { data, error, reload } = useRegisters();
  const [tab, setTab] = useState<Tab>('activities');
  const [editing, setEditing] = useState<Activity | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const saved = async (activity: Activity) => {
    setEditing(null);
    setNotice(t('ropa.form.saved', { reference: activity.reference, date: formatCivilDate(activity.nextReview, language, false) }));
    await reload();
  };

  return (
    <div className="page ropa-page">
      <header className="page-header">
        <ScreenHeading>{t('sections.registers.title')}</ScreenHeading>
        <p className="page-subtitle">{t('sections.registers.subtitle')}</p>
      </header>
      <ErrorAlert error={error} />
      {data ? (
        <>
          <FindingsPanel findings={data.findings} />
          <RegisterToolbar onImported={() => void reload()} />
          <StatusMessage message={notice} />
          {editing ? (
            <ActivityForm activity={editing === 'new' ? null : editing} processors={data.processors} onSaved={(a) => void saved(a)} onCancel={() => setEditing(null)} />
          ) : (
            <section className="ropa-card">
              <div className="ropa-tabs" role="tablist" aria-label={t('ropa.tabs.label')}>
                {TABS.map((key) => (
                  <button key={key} type="button" role="tab" id={`ropa-tab-${key}`} aria-selected={tab === key} aria-controls="ropa-tab-panel" className="ropa-tab" onClick={() => setTab(key)}>
                    {t(`ropa.tabs.${key}`)} <span className="ropa-count">{data[key].length}</span>
                  </button>
                ))}
              </div>
              <div id="ropa-tab-panel" role="tabpanel" aria-labelledby={`ropa-tab-${tab}`} className="ropa-tab-panel">
                {tab === 'activities' ? (
                  <>
                    <div className="button-row">
                      <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
                        {t('ropa.list.add')}
                      </button>
                    </div>
                    <ActivityTable activities={data.activities} overdue={new Set(data.findings.overdueReviews.map((r) => r.id))} onOpen={setEditing} />
                  </>
                ) : tab === 'processors' ? (
                  <ProcessorTable processors={data.processors} />
                ) : (
                  <TransferTable transfers={data.transfers} />
                )}
              </div>
            </section>
          )}
        </>
      ) : null}
    </div>
  );
}
