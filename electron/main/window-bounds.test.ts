import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeWindow, readWindowState, writeWindowState } from './window-bounds';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const small = { x: 0, y: 0, width: 1024, height: 600 };
const right = { x: 1366, y: 0, width: 1920, height: 1050 };

describe('placeWindow', () => {
  it('centres the preferred size on a first run, clamped to a small work area with the minimum shrunk to fit', () => {
    expect(placeWindow(null, [laptop], laptop)).toEqual({ bounds: { x: 43, y: 0, width: 1280, height: 728 }, maximized: false, minimum: { width: 960, height: 640 } });
    expect(placeWindow(null, [small], small)).toEqual({ bounds: { x: 0, y: 0, width: 1024, height: 600 }, maximized: false, minimum: { width: 960, height: 600 } });
  });

  it('reopens where it was on a second display, and pulls a window hanging off the edge back on', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1400, height: 900 }, maximized: true };
    expect(placeWindow(saved, [laptop, right], laptop)).toEqual({ bounds: { x: 1500, y: 100, width: 1400, height: 900 }, maximized: true, minimum: { width: 960, height: 640 } });
    const hanging = { bounds: { x: 3000, y: 500, width: 1000, height: 800 }, maximized: false };
    expect(placeWindow(hanging, [laptop, right], laptop).bounds).toEqual({ x: 2286, y: 250, width: 1000, height: 800 });
  });

  it('comes back to the primary display when the display it was on is gone', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1400, height: 900 }, maximized: false };
    expect(placeWindow(saved, [laptop], laptop).bounds).toEqual({ x: 43, y: 0, width: 1280, height: 728 });
  });
});

describe('the remembered window state', () => {
  it('round-trips through its file, and a damaged or foreign file counts as none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpo-window-'));
    try {
      const path = join(dir, 'window-state.json');
      expect(readWindowState(path)).toBeNull();
      writeWindowState(path, { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false });
      expect(readWindowState(path)).toEqual({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false });
      writeFileSync(path, '{"bounds":{"x":"left"}}');
      expect(readWindowState(path)).toBeNull();
      writeFileSync(path, 'not json');
      expect(readWindowState(path)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
