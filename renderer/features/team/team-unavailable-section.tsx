import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../components/screen-heading';
import { useDocumentTitle } from '../../lib/use-document-title';
import { EmptyState } from '../shell/empty-state';
import { NavIcon } from '../shell/nav-icon';
import type { Section } from '../shell/navigation-store';

/** A section whose tables the team server does not hold yet: its heading and a clear "not available on the team server yet". */
export function TeamUnavailableSection({ section, database }: { section: Exclude<Section, 'settings'>; database: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t(`sections.${section}.nav`));
  return (
    <div className="page">
      <header className="page-header">
        <ScreenHeading>{t(`sections.${section}.title`)}</ScreenHeading>
      </header>
      <EmptyState icon={<NavIcon section={section} />} title={t('team.unavailable.title')}>
        {t('team.unavailable.text', { database })}
      </EmptyState>
    </div>
  );
}
