import { BrowserWindow, nativeTheme } from 'electron';

/** Where the window gets its code from; see `security/renderer-source.ts`. */
export interface MainWindowOptions {
  preloadPath: string;
  rendererUrl: string;
  /** Developer tools can be opened (unpackaged builds only). */
  devTools: boolean;
}

/** Matches the renderer's page background, so no white flash appears before the first paint. */
function backgroundColor(): string {
  return nativeTheme.shouldUseDarkColors ? '#17191c' : '#f7f7f5';
}

/**
 * Creates the single DPO Desk window with the strict web preferences the security model
 * relies on: context isolation, the OS sandbox, no Node in the page, web security on, no
 * `<webview>`, no spellchecker downloads. It stays hidden until the first paint is ready
 * and follows the OS light/dark theme for its background.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'DPO Desk',
    width: 1280,
    height: 840,
    minWidth: 960,
    minHeight: 640,
    show: false,
    backgroundColor: backgroundColor(),
    webPreferences: {
      preload: options.preloadPath,
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

  const onThemeUpdated = (): void => window.setBackgroundColor(backgroundColor());
  nativeTheme.on('updated', onThemeUpdated);
  window.once('closed', () => nativeTheme.off('updated', onThemeUpdated));
  window.once('ready-to-show', () => window.show());

  window.loadURL(options.rendererUrl).catch((error: unknown) => {
    console.error(`DPO Desk could not load its window from ${options.rendererUrl}:`, error);
  });
  return window;
}
