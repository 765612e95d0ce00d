import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasKey } from './translator';

/**
 * Every request or breach action core writes to the audit trail has its history label in
 * English and Italian, so `request show` and `breach show` never print "Change recorded" for
 * a step the app itself took (a reopening, a voiding, a stopped clock).
 */

const CORE = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function caseActions(): string[] {
  const found = new Set<string>();
  for (const file of sources(CORE)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!/\baction: /.test(line)) continue;
      for (const match of line.matchAll(/'((?:request|breach)\.[a-z-]+)'/g)) if (match[1]) found.add(match[1]);
    }
  }
  return [...found].sort();
}

describe('history labels of case actions', () => {
  const actions = caseActions();

  it('finds the actions core records', () => {
    expect(actions).toEqual(expect.arrayContaining(['request.created', 'request.reopened', 'request.clock-stopped', 'breach.created']));
  });

  it.each(actions)('%s has a label in English and Italian', (action) => {
    expect(hasKey('en', `msg.history.${action}`)).toBe(true);
    expect(hasKey('it', `msg.history.${action}`)).toBe(true);
  });
});
