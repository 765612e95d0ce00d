import { BrowserWindow, nativeTheme, screen } from 'electron';
import { channelsArgument } from '../shared/bridge-channels';
import { channels } from '../shared/channels';
import { placeWindow, readWindowState, writeWindowState, type WindowState } from './window-bounds';

/** Where the window gets its code from; see `security/renderer-source.ts`. */
export interface MainWindowOptions {
  preloadPath: string;
  rendererUrl: string;
  /** Developer tools can be opened (unpackaged builds only). */
  devTools: boolean;
  /** The window icon (Linux; Windows and macOS take the executable's), if present. */
  iconPath?: string;
  /** Where the window's size and position are remembered between runs. */
  statePath: string;
}

/** Matches the renderer's page background, so no white flash appears before the first paint. */
function backgroundColor(): string {
  return nativeTheme.shouldUseDarkColors ? '#17191c' : '#f7f7f5';
}

function currentState(window: BrowserWindow): WindowState {
  return { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
}

/**
 * Creates the single DPO Desk window with the strict web preferences the security model
 * relies on: context isolation, the OS sandbox, no Node in the page, web security on, no
 * `<webview>`, no spellchecker downloads. It opens where it was last time, clamped to a
 * display connected now (see `placeWindow`), stays hidden until the first paint is ready,
 * follows the OS light/dark theme for its background and remembers its bounds on close.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const displays = screen.getAllDisplays().map((display) => display.workArea);
  const placed = placeWindow(readWindowState(options.statePath), displays, screen.getPrimaryDisplay().workArea);
  const window = new BrowserWindow({
    title: 'DPO Desk',
    ...placed.bounds,
    minWidth: placed.minimum.width,
    minHeight: placed.minimum.height,
    show: false,
    backgroundColor: backgroundColor(),
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: options.preloadPath,
      additionalArguments: [channelsArgument(channels)],
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: options.devTools,
    },
  });
  if (placed.maximized) window.maximize();

  const onThemeUpdated = (): void => window.setBackgroundColor(backgroundColor());
  nativeTheme.on('updated', onThemeUpdated);
  window.once('closed', () => nativeTheme.off('updated', onThemeUpdated));
  window.once('ready-to-show', () => window.show());
  window.on('close', () => writeWindowState(options.statePath, currentState(window)));

  window.loadURL(options.rendererUrl).catch((error: unknown) => {
    console.error(`DPO Desk could not load its window from ${options.rendererUrl}:`, error);
  });
  return window;
}
