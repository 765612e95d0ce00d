import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultActor } from '../actor';
import { createHandlers } from '../api/create-handlers';
import { createDispatch } from '../api/dispatch';
import { vaultFolderError } from './vault-folder-error';

const passphrase = 'correct horse battery staple of the garante';

describe('a vault folder that cannot be used', () => {
  it('is named with its cause, not called damaged', () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const error = vaultFolderError(denied, '/srv/vault');
    expect(error).toMatchObject({ code: 'VAULT_FOLDER', message: 'The vault folder /srv/vault cannot be used: permission denied (EACCES). Choose a folder you can write to, or fix its permissions.' });
    const other = new Error('boom');
    expect(vaultFolderError(other, '/srv/vault')).toBe(other);
  });

  it('answers vault.create with VAULT_FOLDER when a file stands where the folder should be', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dpo-folder-'));
    try {
      writeFileSync(join(root, 'not-a-folder'), 'x');
      const app = createHandlers({ vaultDir: join(root, 'not-a-folder', 'vault'), appVersion: '0.0.0', actor: defaultActor('app') });
      const result = await createDispatch(app.handlers)('vault.create', { passphrase });
      expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_FOLDER' } });
      expect(result.ok ? '' : result.error.message).toContain(join(root, 'not-a-folder', 'vault'));
      await app.dispose();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
