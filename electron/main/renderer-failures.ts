/** What went wrong with the window's page. */
export type RendererFailure =
  | { kind: 'load'; errorCode: number; description: string; url: string }
  | { kind: 'gone'; reason: string; exitCode: number };

/** The part of a window the failure watch uses (Electron's `BrowserWindow` fits). */
export interface FailureWindow {
  isDestroyed(): boolean;
  isVisible(): boolean;
  show(): void;
  reload(): void;
  webContents: {
    on(event: 'did-fail-load', listener: (event: unknown, errorCode: number, description: string, url: string, isMainFrame: boolean) => void): unknown;
    on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string; exitCode: number }) => void): unknown;
  };
}

/** Chromium's "aborted" (a navigation replaced by another): not a failure. */
const ERR_ABORTED = -3;

/** The words of the dialog for a failure, in English and Italian by the system's language. */
export function failureText(failure: RendererFailure, language: 'en' | 'it'): { title: string; message: string; buttons: [string, string] } {
  const it = language === 'it';
  const what =
    failure.kind === 'load'
      ? it
        ? `La finestra di DPO Desk non si è caricata (${failure.description}, ${failure.errorCode}).`
        : `DPO Desk's window did not load (${failure.description}, ${failure.errorCode}).`
      : it
        ? `La finestra di DPO Desk si è interrotta (${failure.reason}, codice ${failure.exitCode}).`
        : `DPO Desk's window stopped (${failure.reason}, exit code ${failure.exitCode}).`;
  return {
    title: 'DPO Desk',
    message: `${what} ${it ? "I dati nell'archivio sono al sicuro. Ricaricare la finestra?" : 'The data in your vault is safe. Reload the window?'}`,
    buttons: it ? ['Ricarica', 'Esci'] : ['Reload', 'Quit'],
  };
}

/**
 * Watches the window's page: a main-frame load that fails or a renderer process that dies
 * (crash, out of memory, killed) would otherwise leave a hidden or blank window with no word.
 * The window is shown, the failure logged, and `ask` offers Reload or Quit; Reload loads
 * the page again, Quit calls `quit`. A clean exit (the window closing) is not a failure.
 */
export function watchRendererFailures(window: FailureWindow, ask: (failure: RendererFailure) => Promise<'reload' | 'quit'>, quit: () => void): void {
  const handle = (failure: RendererFailure): void => {
    console.error('DPO Desk window failure:', failure);
    if (window.isDestroyed()) return;
    if (!window.isVisible()) window.show();
    ask(failure)
      .then((choice) => {
        if (window.isDestroyed()) return;
        if (choice === 'reload') window.reload();
        else quit();
      })
      .catch((error: unknown) => console.error('DPO Desk could not ask about the window failure:', error));
  };
  window.webContents.on('did-fail-load', (_event, errorCode, description, url, isMainFrame) => {
    if (isMainFrame && errorCode !== ERR_ABORTED) handle({ kind: 'load', errorCode, description, url });
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') handle({ kind: 'gone', reason: details.reason, exitCode: details.exitCode });
  });
}
