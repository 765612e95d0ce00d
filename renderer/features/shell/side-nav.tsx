import { useTranslation } from 'react-i18next';
import { NavIcon } from './nav-icon';
import { sections, useNavigationStore } from './navigation-store';

/** The main navigation: one button per section; the current one is marked aria-current="page". */
export function SideNav() {
  const { t } = useTranslation();
  const current = useNavigationStore((store) => store.section);
  const go = useNavigationStore((store) => store.go);
  return (
    <nav className="side-nav" aria-label={t('shell.navLabel')}>
      <ul>
        {sections.map((section) => (
          <li key={section}>
            <button
              type="button"
              className="nav-item"
              aria-current={section === current ? 'page' : undefined}
              onClick={() => go(section)}
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
