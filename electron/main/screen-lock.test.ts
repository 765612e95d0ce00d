import { describe, expect, it } from 'vitest';
import { watchScreenLock, type PowerMonitorLike } from './screen-lock';

function fakePowerMonitor(states: ReturnType<PowerMonitorLike['getSystemIdleState']>[]) {
  const listeners = new Set<() => void>();
  let index = 0;
  const monitor: PowerMonitorLike = {
    on: (_event, listener) => listeners.add(listener),
    off: (_event, listener) => listeners.delete(listener),
    getSystemIdleState: () => states[Math.min(index++, states.length - 1)] ?? 'unknown',
  };
  return { monitor, listeners };
}

describe('watchScreenLock', () => {
  it('on Linux asks the session and locks once per screen lock', () => {
    const { monitor, listeners } = fakePowerMonitor(['active', 'locked', 'locked', 'active', 'idle', 'locked']);
    let locks = 0;
    let interval = 0;
    const watch = watchScreenLock({
      platform: 'linux',
      powerMonitor: monitor,
      onLock: () => locks++,
      setInterval: (_fn, ms) => {
        interval = ms;
        return { clear: () => undefined };
      },
    });
    expect(listeners.size).toBe(0);
    expect(interval).toBe(5_000);
    for (let i = 0; i < 6; i++) watch.check();
    expect(locks).toBe(2);
  });

  it("on Windows and macOS listens to Electron's lock-screen event and stops listening when told", () => {
    const { monitor, listeners } = fakePowerMonitor(['unknown']);
    let locks = 0;
    const watch = watchScreenLock({ platform: 'win32', powerMonitor: monitor, onLock: () => locks++ });
    expect(listeners.size).toBe(1);
    for (const listener of listeners) listener();
    expect(locks).toBe(1);
    watch.stop();
    expect(listeners.size).toBe(0);
  });
});
