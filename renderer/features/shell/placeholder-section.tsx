import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../components/screen-heading';
import { useDocumentTitle } from '../../lib/use-document-title';
import { EmptyState } from './empty-state';
import { NavIcon } from './nav-icon';
import type { Section } from './navigation-store';

type ListSection = Exclude<Section, 'settings'>;

/** A section whose records do not exist yet: its heading and an empty state saying what will come. */
export function PlaceholderSection({ section }: { section: ListSection }) {
  const { t } = useTranslation();
  useDocumentTitle(t(`sections.${section}.nav`));
  return (
    <div className="page">
      <header className="page-header">
        <ScreenHeading>{t(`sections.${section}.title`)}</ScreenHeading>
        <p className="page-subtitle">{t(`sections.${section}.subtitle`)}</p>
      </header>
      <EmptyState icon={<NavIcon section={section} />} title={t(`sections.${section}.emptyTitle`)}>
        {t(`sections.${section}.emptyText`)}
      </EmptyState>
    </div>
  );
}
