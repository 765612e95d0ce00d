import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { z } from 'zod';

/** A rectangle in screen coordinates (Electron's `Rectangle`). */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered between runs: the window's normal (not maximised) bounds and whether it was maximised. */
export interface WindowState {
  bounds: Bounds;
  maximized: boolean;
}

const boundsSchema = z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() });
const windowStateSchema = z.object({ bounds: boundsSchema, maximized: z.boolean() });

/** The window's preferred size on a first run, and the smallest it may be. */
export const PREFERRED_SIZE = { width: 1280, height: 840 } as const;
export const MINIMUM_SIZE = { width: 960, height: 640 } as const;

function overlap(a: Bounds, b: Bounds): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function centred(area: Bounds, width: number, height: number): Bounds {
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
}

/**
 * Where the window opens: the remembered bounds if they still fit on a display that is
 * connected now, otherwise centred on the primary display's work area. Either way the size
 * is clamped to that work area (a laptop screen smaller than 1280×840 gets a window that
 * fits it), never below what the screen can show, and the window lies wholly on the display.
 * The minimum size shrinks with a screen smaller than it, so the window never overflows.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Bounds[], primary: Bounds): { bounds: Bounds; maximized: boolean; minimum: { width: number; height: number } } {
  const target = saved ? ([...workAreas].sort((a, b) => overlap(saved.bounds, b) - overlap(saved.bounds, a))[0] ?? primary) : primary;
  const onScreen = saved !== null && overlap(saved.bounds, target) > 0;
  const minimum = { width: Math.min(MINIMUM_SIZE.width, target.width), height: Math.min(MINIMUM_SIZE.height, target.height) };
  const wanted = onScreen && saved ? saved.bounds : PREFERRED_SIZE;
  const width = Math.max(minimum.width, Math.min(wanted.width, target.width));
  const height = Math.max(minimum.height, Math.min(wanted.height, target.height));
  if (!onScreen || !saved) return { bounds: centred(target, width, height), maximized: saved?.maximized ?? false, minimum };
  const x = Math.min(Math.max(saved.bounds.x, target.x), target.x + target.width - width);
  const y = Math.min(Math.max(saved.bounds.y, target.y), target.y + target.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized, minimum };
}

/** Reads the remembered window state; a missing or unreadable file means "none" (first run). */
export function readWindowState(path: string): WindowState | null {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes the window state atomically (temporary file, then rename); failures are only logged. */
export function writeWindowState(path: string, state: WindowState): void {
  try {
    writeFileSync(`${path}.tmp`, `${JSON.stringify(state)}\n`, { mode: 0o600 });
    renameSync(`${path}.tmp`, path);
  } catch (error) {
    console.warn(`DPO Desk could not remember the window's position in ${path}:`, error);
  }
}
