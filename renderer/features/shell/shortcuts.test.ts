import { describe, expect, it } from 'vitest';
import { shortcutFor } from './shortcuts';

const plain = { ctrl: false, meta: false, alt: false };

describe('keyboard shortcuts', () => {
  it('reads /, n, ? and g then a letter', () => {
    expect(shortcutFor('/', plain, false)).toEqual({ kind: 'search' });
    expect(shortcutFor('n', plain, false)).toEqual({ kind: 'new-request' });
    expect(shortcutFor('?', plain, false)).toEqual({ kind: 'help' });
    expect(shortcutFor('g', plain, false)).toEqual({ kind: 'go-prefix' });
    expect(shortcutFor('b', plain, true)).toEqual({ kind: 'go', section: 'breaches' });
    expect(shortcutFor('T', plain, true)).toEqual({ kind: 'go', section: 'dashboard' });
  });

  it('leaves alone keys with a modifier, unknown letters, and a letter not after g', () => {
    expect(shortcutFor('n', { ...plain, ctrl: true }, false)).toBeNull();
    expect(shortcutFor('/', { ...plain, meta: true }, false)).toBeNull();
    expect(shortcutFor('x', plain, true)).toBeNull();
    expect(shortcutFor('b', plain, false)).toBeNull();
  });
});
