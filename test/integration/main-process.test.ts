import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectHealthyMain } from './stand-in-electron/expect-healthy-main';
import { ensureBuilt, projectRoot, runMainUnderStandIn } from './stand-in-electron/run-main';

/*
 * The built main process (out/main/index.js) driven under a stand-in `electron` module,
 * because the Electron binary cannot be downloaded here. The packaged layout gets the same
 * checks in package-linux-dir.test.ts.
 */
describe('the built main process under a stand-in Electron, from the checkout', () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it('starts in order, serves app:, checks IPC senders and runs channels over a real vault', () => {
    const { report } = runMainUnderStandIn(join(projectRoot, 'out', 'main', 'index.js'));
    expectHealthyMain(report);
    expect(report.appUserModelId).toBe(process.platform === 'win32' ? 'eu.dpodesk.app' : null);
    expect(report.window?.options.webPreferences.devTools).toBe(true);
  }, 300_000);
});
