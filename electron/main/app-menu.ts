import type { MenuItemConstructorOptions } from 'electron';

/** What the menu needs from the app; the actions run in main, nothing is sent to the renderer. */
export interface MenuOptions {
  appName: string;
  platform: NodeJS.Platform;
  /** Unpackaged (development) build: adds Reload and Toggle Developer Tools. */
  dev: boolean;
  /** BCP 47 tag of the OS language; Italian tags get Italian labels, anything else English. */
  locale: string;
  lockVault: () => void;
  showAbout: () => void;
}

const labels = {
  en: { file: 'File', lock: 'Lock Vault', edit: 'Edit', view: 'View', window: 'Window', help: 'Help', about: 'About' },
  it: { file: 'File', lock: 'Blocca archivio', edit: 'Modifica', view: 'Vista', window: 'Finestra', help: 'Aiuto', about: 'Informazioni su' },
} as const;

/**
 * The application menu. File: Lock Vault (Ctrl/Cmd+L; locks in main, the renderer notices
 * on its next call) and Quit. Edit: the standard roles, so copy/paste and undo work in
 * every field. View: zoom and full screen, plus Reload and Developer Tools only in dev.
 * Help: About. On macOS the app menu comes first and carries About and Quit, per the
 * platform's conventions.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, platform, dev, lockVault, showAbout } = options;
  const text = options.locale.toLowerCase().startsWith('it') ? labels.it : labels.en;
  const mac = platform === 'darwin';
  const aboutItem: MenuItemConstructorOptions = { label: `${text.about} ${appName}`, click: showAbout };
  const lockItem: MenuItemConstructorOptions = { id: 'lock-vault', label: text.lock, accelerator: 'CmdOrCtrl+L', click: lockVault };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [{ label: appName, submenu: [aboutItem, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }] }]
    : [];
  const fileMenu: MenuItemConstructorOptions = {
    label: text.file,
    submenu: mac ? [lockItem, { type: 'separator' }, { role: 'close' }] : [lockItem, { type: 'separator' }, { role: 'quit' }],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: text.edit,
    submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { type: 'separator' }, { role: 'selectAll' }],
  };
  const devItems: MenuItemConstructorOptions[] = dev ? [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] : [];
  const viewMenu: MenuItemConstructorOptions = {
    label: text.view,
    submenu: [...devItems, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
  };
  const windowMenu: MenuItemConstructorOptions[] = mac
    ? [{ label: text.window, submenu: [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }] }]
    : [];
  const helpMenu: MenuItemConstructorOptions = { label: text.help, role: 'help', submenu: mac ? [] : [aboutItem] };

  return [...appMenu, fileMenu, editMenu, viewMenu, ...windowMenu, helpMenu];
}
