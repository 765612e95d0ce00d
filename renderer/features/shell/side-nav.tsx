import { useTranslation } from 'react-i18next';
import { useBreachesView } from '../breaches/view-store';
import { useRequestsView } from '../requests/view-store';
import { NavIcon } from './nav-icon';
import { sections, useNavigationStore, type Section } from './navigation-store';

/** A section's entry in the navigation leads to its list, not to the case last open in it. */
function openList(section: Section): void {
  if (section === 'requests') useRequestsView.getState().showInbox();
  if (section === 'breaches') useBreachesView.getState().showList();
}

/** The main navigation: one button per section (each returns to its list); the current one is marked aria-current="page". */
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
              onClick={() => {
                openList(section);
                go(section);
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
