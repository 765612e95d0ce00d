import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { ScreenHeading } from '../../components/screen-heading';
import { useApi } from '../../lib/use-api';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RemindersTab } from '../deadlines/reminders-tab';
import { RetentionTab } from '../retention/retention-tab';
import { TeamServerTab } from '../team/team-server-tab';
import { useVaultStore } from '../vault/vault-store';
import { takeRequestedSettingsTab } from '../retention/requested-settings-tab';
import { LanguageTab } from './language-tab';
import { OrganisationForm } from './organisation-form';
import { SecurityTab } from './security-tab';
import { panelId, settingsTabs, SettingsTabs, tabId, type SettingsTab } from './settings-tabs';

/** Tabs that hold the team's settings (read-only for a member who is not a DPO); language and the team server are this computer's. */
const sharedTabs: ReadonlySet<SettingsTab> = new Set(['organisation', 'security', 'reminders', 'retention']);

/**
 * Settings: loads the vault's settings once, then shows the chosen tab. On a team server the
 * shared settings are the DPO's: an analyst or an auditor sees them disabled, with the reason.
 */
export function SettingsScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('sections.settings.nav'));
  const [tab, setTab] = useState<SettingsTab>(() => takeRequestedSettingsTab(settingsTabs) ?? 'organisation');
  const { data: settings, error, setData: setSettings } = useApi('settings.get', {});
  const role = useVaultStore((store) => store.team?.member?.role);
  const readOnly = sharedTabs.has(tab) && (role === 'analyst' || role === 'auditor') ? t(role === 'analyst' ? 'team.settings.readOnlyAnalyst' : 'team.settings.readOnlyAuditor') : null;

  return (
    <div className="page">
      <header className="page-header">
        <ScreenHeading>{t('sections.settings.title')}</ScreenHeading>
        <p className="page-subtitle">{t('sections.settings.subtitle')}</p>
      </header>
      <SettingsTabs current={tab} onSelect={setTab} />
      <div className="tab-panel" role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
        {readOnly ? <p className="info-note">{readOnly}</p> : null}
        <ErrorAlert error={error} />
        {tab === 'team' ? (
          <TeamServerTab />
        ) : settings === null ? (
          error ? null : <p className="loading">{t('common.loading')}</p>
        ) : tab === 'language' ? (
          <LanguageTab />
        ) : (
          <fieldset className="plain-fieldset" disabled={readOnly !== null}>
            {tab === 'organisation' ? (
              <OrganisationForm settings={settings} onSaved={setSettings} />
            ) : tab === 'security' ? (
              <SecurityTab settings={settings} onSaved={setSettings} />
            ) : tab === 'reminders' ? (
              <RemindersTab />
            ) : (
              <RetentionTab settings={settings} />
            )}
          </fieldset>
        )}
      </div>
    </div>
  );
}
