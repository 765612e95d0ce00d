import { describe, expect, it } from 'vitest';
import { failureText, watchRendererFailures, type FailureWindow, type RendererFailure } from './renderer-failures';

type Listener = (...args: never[]) => void;

function fakeWindow() {
  const listeners = new Map<string, Listener>();
  const state = { visible: false, reloads: 0 };
  const window: FailureWindow = {
    isDestroyed: () => false,
    isVisible: () => state.visible,
    show: () => {
      state.visible = true;
    },
    reload: () => {
      state.reloads++;
    },
    webContents: { on: (event: string, listener: Listener) => listeners.set(event, listener) },
  };
  const emit = (event: string, ...args: unknown[]) => (listeners.get(event) as ((...a: unknown[]) => void) | undefined)?.(...args);
  return { window, state, emit };
}

describe('watchRendererFailures', () => {
  it('shows a window whose page did not load and reloads it when asked', async () => {
    const { window, state, emit } = fakeWindow();
    const asked: RendererFailure[] = [];
    let answer!: Promise<'reload' | 'quit'>;
    watchRendererFailures(
      window,
      (failure) => {
        asked.push(failure);
        answer = Promise.resolve('reload');
        return answer;
      },
      () => undefined,
    );
    emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'app://dpo-desk/index.html', true);
    emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://dpo-desk/logo.png', false);
    expect(asked).toEqual([]);
    emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://dpo-desk/index.html', true);
    await answer;
    await Promise.resolve();
    expect(asked).toEqual([{ kind: 'load', errorCode: -6, description: 'ERR_FILE_NOT_FOUND', url: 'app://dpo-desk/index.html' }]);
    expect(state).toEqual({ visible: true, reloads: 1 });
  });

  it('offers to quit after a renderer crash, and ignores a clean exit', async () => {
    const { window, emit } = fakeWindow();
    let quits = 0;
    let answer!: Promise<'reload' | 'quit'>;
    watchRendererFailures(
      window,
      () => {
        answer = Promise.resolve('quit');
        return answer;
      },
      () => quits++,
    );
    emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(quits).toBe(0);
    emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    await answer;
    await Promise.resolve();
    expect(quits).toBe(1);
  });

  it('words the question in English and Italian', () => {
    const gone: RendererFailure = { kind: 'gone', reason: 'oom', exitCode: 5 };
    expect(failureText(gone, 'en').message).toBe("DPO Desk's window stopped (oom, exit code 5). The data in your vault is safe. Reload the window?");
    expect(failureText(gone, 'it').buttons).toEqual(['Ricarica', 'Esci']);
  });
});
