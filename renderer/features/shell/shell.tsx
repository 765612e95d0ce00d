import { Suspense, useCallback, useEffect, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppMark } from '../../components/app-mark';
import { DashboardScreen } from '../dashboard/dashboard-screen';
import { TeamMemberBadge } from '../team/team-member-badge';
import { TeamUnavailableSection } from '../team/team-unavailable-section';
import { useVaultStore } from '../vault/vault-store';
import { BreachesSection, ClientsSection, DeadlinesSection, RegistersSection, ReportsSection, RequestsSection, SettingsScreen } from './lazy-sections';
import { LockIcon } from './lock-icon';
import { useNavigationStore } from './navigation-store';
import { openSection } from './open-section';
import { PlaceholderSection } from './placeholder-section';
import { ShortcutsDialog } from './shortcuts-dialog';
import { SideNav } from './side-nav';
import { useHashRoute } from './use-hash-route';
import { useShortcuts } from './use-shortcuts';

/** Moves focus to the main heading instead of changing the URL hash. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.querySelector<HTMLElement>('#main h1')?.focus();
}

/**
 * The app frame once the vault is open: sidebar with navigation and Lock, and the current
 * section, kept in step with the URL's hash; the keyboard shortcuts and their `?` overlay.
 * On a team server: the member and role above Sign out, a read-only note for an auditor, and
 * "not available on the team server yet" for a section whose tables the server lacks.
 */
export function Shell() {
  const { t } = useTranslation();
  const section = useNavigationStore((store) => store.section);
  const lock = useVaultStore((store) => store.lock);
  const team = useVaultStore((store) => store.team);
  const unavailable = section !== 'settings' && team?.server && team.unavailable.includes(section) ? team.server.database : null;
  const [locking, setLocking] = useState(false);
  const [help, setHelp] = useState(false);
  useHashRoute();
  useShortcuts(useCallback(() => setHelp(true), []));
  // Signed in to a team server that cannot show Today yet: start on Requests instead.
  useEffect(() => {
    if (useNavigationStore.getState().section === 'dashboard' && useVaultStore.getState().team?.unavailable.includes('dashboard')) openSection('requests');
  }, []);

  const lockNow = async (): Promise<void> => {
    setLocking(true);
    await lock();
    setLocking(false);
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('shell.skipLink')}
      </a>
      <header className="sidebar">
        <div className="sidebar-brand">
          <AppMark />
          <span className="sidebar-name">{t('app.name')}</span>
        </div>
        <SideNav />
        <div className="sidebar-footer">
          <TeamMemberBadge />
          <button type="button" className="nav-item nav-lock" onClick={() => void lockNow()} disabled={locking}>
            <LockIcon />
            <span>{team?.mode === 'team' ? t('team.shell.signOut') : t('shell.lock')}</span>
          </button>
        </div>
      </header>
      <main id="main" className="content">
        {team?.member?.role === 'auditor' ? <p className="info-note read-only-note">{t('team.shell.readOnly')}</p> : null}
        {/* One boundary per section: leaving a section whose code is still loading must not hold the next one back. */}
        <Suspense
          key={section}
          fallback={
            <p className="loading" role="status">
              {t('common.loading')}
            </p>
          }
        >
          {unavailable !== null && section !== 'settings' ? (
            <TeamUnavailableSection key={section} section={section} database={unavailable} />
          ) : section === 'settings' ? (
            <SettingsScreen key={section} />
          ) : section === 'requests' ? (
            <RequestsSection key={section} />
          ) : section === 'breaches' ? (
            <BreachesSection key={section} />
          ) : section === 'reports' ? (
            <ReportsSection key={section} />
          ) : section === 'dashboard' ? (
            <DashboardScreen key={section} />
          ) : section === 'deadlines' ? (
            <DeadlinesSection key={section} />
          ) : section === 'registers' ? (
            <RegistersSection key={section} />
          ) : section === 'clients' ? (
            <ClientsSection key={section} />
          ) : (
            <PlaceholderSection key={section} section={section} />
          )}
        </Suspense>
      </main>
      {help ? <ShortcutsDialog onClose={() => setHelp(false)} /> : null}
    </div>
  );
}
