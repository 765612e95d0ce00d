import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuOptions } from './app-menu';

function options(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return { appName: 'DPO Desk', platform: 'linux', dev: false, locale: 'en-GB', lockVault: vi.fn(), showAbout: vi.fn(), ...overrides };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const roles = (items: MenuItemConstructorOptions[]) => flatten(items).map((item) => item.role).filter(Boolean);

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    expect(buildMenuTemplate(options()).map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('locks the vault with Ctrl/Cmd+L by calling main, not the renderer', () => {
    const lockVault = vi.fn();
    const lock = flatten(buildMenuTemplate(options({ lockVault }))).find((item) => item.id === 'lock-vault');
    expect(lock?.accelerator).toBe('CmdOrCtrl+L');
    expect(lock?.click).toBe(lockVault);
  });

  it('offers Reload and Developer Tools only in dev', () => {
    expect(roles(buildMenuTemplate(options()))).not.toContain('reload');
    expect(roles(buildMenuTemplate(options()))).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate(options({ dev: true })))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('keeps the standard edit roles and Quit', () => {
    expect(roles(buildMenuTemplate(options()))).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']));
  });

  it('puts About and Quit in the app menu on macOS', () => {
    const template = buildMenuTemplate(options({ platform: 'darwin' }));
    expect(template[0]?.label).toBe('DPO Desk');
    const appItems = Array.isArray(template[0]?.submenu) ? template[0].submenu : [];
    expect(appItems.map((item) => item.label ?? item.role)).toEqual(expect.arrayContaining(['About DPO Desk', 'quit']));
  });

  it('speaks Italian when the OS does', () => {
    const labels = flatten(buildMenuTemplate(options({ locale: 'it-IT' }))).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Modifica', 'Blocca archivio', 'Informazioni su DPO Desk']));
  });
});
