import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/core/api/create-handlers';
import { createDispatch } from '../../electron/core/api/dispatch';
import { join } from 'node:path';
import { tempDir } from './temp-vault';

describe('the error log', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it('gives the user an error id that the log line beside the vault carries, with the channel and stack', async () => {
    const app = createHandlers({ vaultDir: join(tmp.dir, 'vault'), appVersion: '0.0.0-test', actor: 'test', env: { DPO_DESK_LOG: 'info' } });
    const failing = { ...app.handlers, 'app.info': async () => Promise.reject(new Error('disk on fire')) };
    const result = await createDispatch(failing, app.reportError)('app.info', {});
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.error.message;
    const errorId = /error id ([0-9A-F]{8})/.exec(message)?.[1];
    expect(errorId).toBeDefined();
    expect(message).not.toContain('disk on fire');
    expect(app.log.path).toBe(join(tmp.dir, 'logs', 'dpo-desk.log'));
    const line = JSON.parse(readFileSync(app.log.path, 'utf8').trim()) as Record<string, string>;
    expect(line).toMatchObject({ level: 'error', event: 'api.internal', channel: 'app.info', errorId });
    expect(line.stack).toContain('Error: disk on fire');
    await app.dispose();
  });

  it('writes nothing when DPO_DESK_LOG is off', async () => {
    const app = createHandlers({ vaultDir: join(tmp.dir, 'vault'), appVersion: '0.0.0-test', actor: 'test', env: { DPO_DESK_LOG: 'off' } });
    app.reportError(new Error('quiet'), { channel: 'app.info', errorId: 'ABCDEF01' });
    expect(existsSync(app.log.path)).toBe(false);
    await app.dispose();
  });
});
