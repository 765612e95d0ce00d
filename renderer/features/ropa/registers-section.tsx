import './ropa.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, Processor, Transfer } from '../../../electron/shared/registers';
import { ErrorAlert } from '../../components/error-alert';
import { ScreenHeading } from '../../components/screen-heading';
import { StatusMessage } from '../../components/status-message';
import { useLanguage } from '../../i18n/use-language';
import { useDocumentTitle } from '../../lib/use-document-title';
import { formatCivilDate } from '../requests/format';
import { ActivityTable } from './activity-table';
import { FindingsPanel } from './findings-panel';
import { ProcessorTable, TransferTable } from './party-tables';
import { RegisterEditor, type Editing } from './register-editor';
import { RegisterToolbar } from './register-toolbar';
import { RetentionSchedule } from './retention-schedule';
import { useRegisters } from './use-registers';

const TABS = ['activities', 'processors', 'transfers'] as const;
type Tab = (typeof TABS)[number];

/** The registers: findings first, export and import, then activities, processors and transfers as tabs; each entry opens its form. */
export function RegistersSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('sections.registers.nav'));
  const { data, error, reload } = useRegisters();
  const [tab, setTab] = useState<Tab>('activities');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const saved = async (message: string) => {
    setEditing(null);
    setNotice(message);
    await reload();
  };
  const date = (day: string) => formatCivilDate(day, language, false);
  const overdue = new Set(data?.findings.overdueReviews.map((r) => r.id) ?? []);
  const open = (next: Editing) => {
    setNotice(null);
    setEditing(next);
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
          <RetentionSchedule onApplied={() => void reload()} />
          <StatusMessage message={notice} />
          {editing ? (
            <RegisterEditor
              editing={editing}
              registers={data}
              onCancel={() => setEditing(null)}
              onActivitySaved={(a: Activity, screeningUnsaved: boolean) => {
                const message = t('ropa.form.saved', { reference: a.reference, date: date(a.nextReview) });
                if (!screeningUnsaved) return void saved(message);
                setNotice(`${message} ${t('ropa.dpia.stillUnsaved')}`);
                setEditing({ kind: 'activity', entry: a });
                void reload();
              }}
              onProcessorSaved={(p: Processor) => void saved(t('ropa.processorForm.saved', { name: p.name, date: date(p.nextReview) }))}
              onTransferSaved={(x: Transfer) => void saved(t('ropa.transferForm.saved', { recipient: x.recipient, date: date(x.nextReview) }))}
              onScreened={(a: Activity) => {
                setNotice(t('ropa.dpia.saved', { reference: a.reference, status: t(`ropa.dpiaStatuses.${a.dpiaStatus}`) }));
                setEditing({ kind: 'activity', entry: a });
                void reload();
              }}
            />
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
                <div className="button-row">
                  <button type="button" className="button button-primary" onClick={() => open({ kind: tab === 'activities' ? 'activity' : tab === 'processors' ? 'processor' : 'transfer', entry: null })}>
                    {t(tab === 'activities' ? 'ropa.list.add' : tab === 'processors' ? 'ropa.list.addProcessor' : 'ropa.list.addTransfer')}
                  </button>
                </div>
                {tab === 'activities' ? (
                  <ActivityTable activities={data.activities} overdue={overdue} onOpen={(entry) => open({ kind: 'activity', entry })} />
                ) : tab === 'processors' ? (
                  <ProcessorTable processors={data.processors} overdue={overdue} onOpen={(entry) => open({ kind: 'processor', entry })} />
                ) : (
                  <TransferTable transfers={data.transfers} overdue={overdue} onOpen={(entry) => open({ kind: 'transfer', entry })} />
                )}
              </div>
            </section>
          )}
        </>
      ) : null}
    </div>
  );
}
