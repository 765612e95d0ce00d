import { describe, expect, it, vi } from 'vitest';
import { channels } from '../shared/channels';
import type { Dispatch } from '../core/api/dispatch';
import { createInvokeListener, registerIpc, type InvokeEvent } from './register-ipc';
import { APP_ORIGIN } from './security/renderer-origin';

const topFrame = (url: string): InvokeEvent => ({ senderFrame: { url, parent: null } });

function fakeDispatch(): Dispatch & ReturnType<typeof vi.fn> {
  return vi.fn(async () => ({ ok: true as const, value: 'dispatched' }));
}

describe('createInvokeListener', () => {
  it('dispatches a request from the trusted top frame with its raw input', async () => {
    const dispatch = fakeDispatch();
    const listener = createInvokeListener('vault.status', dispatch, APP_ORIGIN);
    await expect(listener(topFrame('app://dpo-desk/index.html'), { a: 1 })).resolves.toEqual({ ok: true, value: 'dispatched' });
    expect(dispatch).toHaveBeenCalledWith('vault.status', { a: 1 });
  });

  it('refuses other origins, subframes and vanished frames without dispatching', async () => {
    const dispatch = fakeDispatch();
    const listener = createInvokeListener('vault.unlock', dispatch, APP_ORIGIN);
    const senders: InvokeEvent[] = [
      topFrame('https://evil.example/'),
      topFrame('file:///tmp/index.html'),
      { senderFrame: { url: 'app://dpo-desk/index.html', parent: {} } },
      { senderFrame: null },
      {
        get senderFrame(): never {
          throw new Error('Render frame was disposed');
        },
      },
    ];
    for (const sender of senders) {
      const result = await listener(sender, { method: 'passphrase', secret: 'x' });
      expect(result.ok === false && result.error.code).toBe('FORBIDDEN');
    }
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('registerIpc', () => {
  it('registers exactly one handler per channel and removes them all', () => {
    const handle = vi.fn();
    const removeHandler = vi.fn();
    const unregister = registerIpc({ handle, removeHandler }, fakeDispatch(), APP_ORIGIN);
    expect(handle.mock.calls.map(([channel]) => channel)).toEqual([...channels]);
    unregister();
    expect(removeHandler.mock.calls.map(([channel]) => channel)).toEqual([...channels]);
  });
});
