import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationsPanel } from './notifications-panel';

/**
 * The way to the notification list: a button that says how many are unread and opens the
 * list under it (a disclosure: Escape closes it and returns to the button).
 */
export function NotificationsButton({ unread, onChange }: { unread: number; onChange: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        document.getElementById(`${panelId}-button`)?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, panelId]);

  return (
    <div className="dash-notifications">
      <button
        type="button"
        id={`${panelId}-button`}
        className="button dash-bell"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="button-icon">
          <path d="M6 16V11a6 6 0 0 1 12 0v5l1.5 2h-15z" />
          <path d="M10 20.5a2 2 0 0 0 4 0" />
        </svg>
        <span>{unread > 0 ? t('dashboard.notifications.buttonUnread', { count: unread }) : t('dashboard.notifications.button')}</span>
      </button>
      {open ? <NotificationsPanel id={panelId} onChange={onChange} /> : null}
    </div>
  );
}
