import type { Section } from './navigation-store';

/** `g` then one of these letters goes to a section (the letters are the same in both languages). */
export const SECTION_KEYS = {
  t: 'dashboard',
  r: 'requests',
  b: 'breaches',
  d: 'deadlines',
  e: 'registers',
  p: 'reports',
  s: 'settings',
} as const satisfies Record<string, Section>;

/** What a key press asks for, given whether `g` came just before. */
export type ShortcutAction = { kind: 'search' } | { kind: 'new-request' } | { kind: 'help' } | { kind: 'go-prefix' } | { kind: 'go'; section: Section } | null;

/**
 * The app's keyboard shortcuts: `/` focuses the search, `n` starts a new request, `g` then a
 * letter goes to a section, `?` lists them all. Keys typed into a field, with a modifier
 * (other than Shift, which `?` needs), or an unknown letter after `g` do nothing.
 */
export function shortcutFor(key: string, modifiers: { ctrl: boolean; meta: boolean; alt: boolean }, afterG: boolean): ShortcutAction {
  if (modifiers.ctrl || modifiers.meta || modifiers.alt) return null;
  if (afterG) {
    const section = (SECTION_KEYS as Record<string, Section>)[key.toLowerCase()];
    return section ? { kind: 'go', section } : null;
  }
  if (key === '/') return { kind: 'search' };
  if (key === '?') return { kind: 'help' };
  if (key === 'n') return { kind: 'new-request' };
  if (key === 'g') return { kind: 'go-prefix' };
  return null;
}

/** True when a key press belongs to what the user is typing (a field, an editable area), not to the app. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
