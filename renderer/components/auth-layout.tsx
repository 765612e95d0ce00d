import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppMark } from './app-mark';

/** The frame of the screens shown while the vault is closed: one centred card, nothing else (a team server's screens say where the data is instead of "on this computer"). */
export function AuthLayout({ children, wide = false, footer }: { children: ReactNode; wide?: boolean; footer?: string }) {
  const { t } = useTranslation();
  return (
    <div className="auth-page">
      <header className="auth-brand">
        <AppMark size={32} />
        <span className="auth-brand-name">{t('app.name')}</span>
      </header>
      <main id="main" className={wide ? 'auth-card auth-card-wide' : 'auth-card'}>
        {children}
      </main>
      <footer className="auth-footer">{footer ?? t('app.offlineNote')}</footer>
    </div>
  );
}
