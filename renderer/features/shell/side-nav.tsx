import { useTranslation } from 'react-i18next';
import { confirmLeave } from '../../lib/unsaved-changes';
import { NavIcon } from './nav-icon';
import { sections, useNavigationStore } from './navigation-store';
import { openSection } from './open-section';

/**
 * The main navigation: one button per section (each returns to its list, after asking when a
 * form holds unsaved changes); the current one is marked aria-current="page".
 */
export function SideNav() {
  const { t } = useTranslation();
  const current = useNavigationStore((store) => store.section);
  return (
    <nav className="side-nav" aria-label={t('shell.navLabel')}>
      <ul>
        {sections.map((section) => (
          <li key={section}>
            <button
              type="button"
              className="nav-item"
              aria-current={section === current ? 'page' : undefined}
              onClick={() => {
                if (confirmLeave()) openSection(section);
              }}
            >
              <NavIcon section={section} />
              <span>{t(`sections.${section}.nav`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
