import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the window title to "<screen> — DPO Desk" while the calling screen is shown. */
export function useDocumentTitle(screen: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = `${screen} — ${appName}`;
  }, [screen, appName]);
}
