import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { ScreenHeading } from '../../components/screen-heading';
import { useApi } from '../../lib/use-api';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RemindersTab } from '../deadlines/reminders-tab';
import { RetentionTab } from '../retention/retention-tab';
import { takeRequestedSettingsTab } from '../retention/requested-settings-tab';
import { LanguageTab } from './language-tab';
import { OrganisationForm } from './organisation-form';
import { SecurityTab } from './security-tab';
import { panelId, settingsTabs, SettingsTabs, tabId, type SettingsTab } from './settings-tabs';

/** Settings: loads the vault's settings once, then shows the chosen tab. */
export function SettingsScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('sections.settings.nav'));
  const [tab, setTab] = useState<SettingsTab>(() => takeRequestedSettingsTab(settingsTabs) ?? 'organisation');
  const { data: settings, error, setData: setSettings } = useApi('settings.get', {});

  return (
    <div className="page">
      <header className="page-header">
        <ScreenHeading>{t('sections.settings.title')}</ScreenHeading>
        <p className="page-subtitle">{t('sections.settings.subtitle')}</p>
      </header>
      <SettingsTabs current={tab} onSelect={setTab} />
      <div className="tab-panel" role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
        <ErrorAlert error={error} />
        {settings === null ? (
          error ? null : <p className="loading">{t('common.loading')}</p>
        ) : tab === 'organisation' ? (
          <OrganisationForm settings={settings} onSaved={setSettings} />
        ) : tab === 'security' ? (
          <SecurityTab settings={settings} onSaved={setSettings} />
        ) : tab === 'reminders' ? (
          <RemindersTab />
        ) : tab === 'retention' ? (
          <RetentionTab settings={settings} />
        ) : (
          <LanguageTab />
        )}
      </div>
    </div>
  );
}
