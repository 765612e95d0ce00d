import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const settingsTabs = ['organisation', 'security', 'language', 'reminders', 'retention', 'team'] as const;
export type SettingsTab = (typeof settingsTabs)[number];

export const tabId = (tab: SettingsTab): string => `settings-tab-${tab}`;
export const panelId = (tab: SettingsTab): string => `settings-panel-${tab}`;

/**
 * The WAI-ARIA tabs pattern: one tab stop for the list, arrow keys (and Home/End) move
 * between tabs and select them.
 */
export function SettingsTabs({ current, onSelect }: { current: SettingsTab; onSelect: (tab: SettingsTab) => void }) {
  const { t } = useTranslation();
  const refs = useRef<Partial<Record<SettingsTab, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const index = settingsTabs.indexOf(current);
    const last = settingsTabs.length - 1;
    const target =
      event.key === 'ArrowRight' ? (index + 1) % settingsTabs.length
      : event.key === 'ArrowLeft' ? (index + last) % settingsTabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    if (target === null) return;
    event.preventDefault();
    const tab = settingsTabs[target];
    if (!tab) return;
    onSelect(tab);
    refs.current[tab]?.focus();
  };

  return (
    <div className="tabs" role="tablist" aria-label={t('settings.tabsLabel')} onKeyDown={onKeyDown}>
      {settingsTabs.map((tab) => (
        <button
          key={tab}
          ref={(element) => {
            refs.current[tab] = element;
          }}
          type="button"
          role="tab"
          id={tabId(tab)}
          className="tab"
          aria-selected={tab === current}
          aria-controls={panelId(tab)}
          tabIndex={tab === current ? 0 : -1}
          onClick={() => onSelect(tab)}
        >
          {t(`settings.tabs.${tab}`)}
        </button>
      ))}
    </div>
  );
}
