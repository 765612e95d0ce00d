import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logLevelFrom, logPathFor, RotatingLog } from './rotating-log';

describe('rotating log', () => {
  it('keeps the file under its cap, rotates into a few numbered files and honours the level', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpo-log-'));
    try {
      const log = new RotatingLog(join(dir, 'dpo-desk.log'), { level: 'info', maxBytes: 400, keep: 2, now: () => new Date('2026-12-02T10:00:00Z') });
      log.write('debug', 'api.call', { channel: 'requests.list', ms: 3 });
      expect(readdirSync(dir)).toEqual([]);
      for (let i = 0; i < 20; i++) log.write('error', 'api.internal', { channel: 'requests.create', errorId: `id${i}` });
      expect(readdirSync(dir).sort()).toEqual(['dpo-desk.log', 'dpo-desk.log.1', 'dpo-desk.log.2']);
      const current = readFileSync(join(dir, 'dpo-desk.log'), 'utf8');
      expect(current.length).toBeLessThanOrEqual(400);
      expect(current).toContain('"errorId":"id19"');
      expect(JSON.parse(current.split('\n')[0] as string)).toMatchObject({ at: '2026-12-02T10:00:00.000Z', level: 'error', event: 'api.internal' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads its level from DPO_DESK_LOG and lives beside the vault folder', () => {
    expect(logLevelFrom({ DPO_DESK_LOG: 'DEBUG' })).toBe('debug');
    expect(logLevelFrom({ DPO_DESK_LOG: 'off' })).toBe('off');
    expect(logLevelFrom({ DPO_DESK_LOG: 'loud' })).toBe('info');
    expect(logPathFor('/home/dpo/.local/share/dpo-desk/vault')).toBe('/home/dpo/.local/share/dpo-desk/logs/dpo-desk.log');
  });
});
