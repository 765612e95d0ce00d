import type { Dispatch } from '../core/api/dispatch';
import { firstRunAfterUnlock } from '../core/reminders/first-run-after-unlock';
import type { VaultState } from '../shared/contract/vault';
import type { CaseTarget } from '../shared/api';
import type { InAppNotification } from '../shared/notifications';
import type { ReminderRun } from '../shared/reminders';
import { groupText, lockedText, reminderText, type NotificationText, type ReminderLanguage } from './reminders-text';

/** At most this many reminders are shown one by one; more become one notification. */
const ONE_BY_ONE = 3;

/** The reminder service's collaborators, injected so tests drive it with a real vault and a fake clock. */
export interface DesktopRemindersOptions {
  /** The API registry, as the renderer reaches it: `reminders.run` does the work in the vault. */
  dispatch: Dispatch;
  vaultState: () => VaultState;
  /** Whether the window has read Today since the unlock: the first run waits for it (default: at once). */
  todayRead?: () => boolean;
  /** Shows one desktop notification (Electron's `Notification` in the app, a fake in tests); a click opens `target`, if any. */
  show: (text: NotificationText, target: CaseTarget | null) => void;
  language: ReminderLanguage;
  now?: () => number;
  /** How often to look (default 15 s); a run of the vault happens at most once a minute, and first once Today is read after unlocking. */
  everyMs?: number;
  setInterval?: (fn: () => void, ms: number) => { clear(): void };
  log?: (message: string) => void;
}

/** A running reminder service. */
export interface DesktopReminders {
  /** One look at the clock and the vault; the timer calls it, tests call it directly. */
  tick(): Promise<void>;
  stop(): void;
}

/** The case a reminder is about, which a click on it opens; none for summaries. */
export function caseTarget(n: InAppNotification): CaseTarget | null {
  return n.caseType !== null && n.caseId !== null ? { caseType: n.caseType, caseId: n.caseId } : null;
}

function defaultInterval(fn: () => void, ms: number) {
  const handle = setInterval(fn, ms);
  handle.unref();
  return { clear: () => clearInterval(handle) };
}

/**
 * Desktop reminders from the main process. While the vault is open it runs `reminders.run`
 * (at most once a minute, and first once Today has been read after an unlock) and shows what came due, by reference
 * (with names only when the DPO turned that on);
 * more than three at once become one notification. It keeps only the anonymous schedule
 * ahead (ids and times) and the count of items needing attention, so while the vault is
 * locked it can still say "N items need attention" when a reminder comes due — never a name.
 * Those reminders are passed back on the next unlocked run, which records them without
 * showing them twice.
 */
export function startDesktopReminders(options: DesktopRemindersOptions): DesktopReminders {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((message: string) => console.warn(message));
  let upcoming: ReminderRun['upcoming'] = [];
  let attention = 0;
  let desktop = true;
  let lastRun = -Infinity;
  const afterUnlock = firstRunAfterUnlock(now, options.todayRead ?? (() => true));
  let running = false;
  const announcedWhileLocked = new Set<string>();

  const showRun = (run: ReminderRun): void => {
    if (!run.desktopNotifications || run.shown.length === 0) return;
    if (run.shown.length > ONE_BY_ONE) options.show(groupText(run.shown, options.language), null);
    else for (const n of run.shown) options.show(reminderText(n, options.language, run.today, now(), run.namesInNotifications), caseTarget(n));
  };

  const runUnlocked = async (): Promise<void> => {
    const result = await options.dispatch('reminders.run', { alreadyShown: [...announcedWhileLocked] });
    lastRun = now();
    if (!result.ok) {
      // No time zone yet (VALIDATION), locked meanwhile, or a team server without the reminder
      // tables yet (NOT_ON_TEAM_SERVER): nothing to remind of; try again later.
      const quiet = ['VALIDATION', 'VAULT_LOCKED', 'NOT_ON_TEAM_SERVER'];
      if (!quiet.includes(result.error.code)) log(`DPO Desk reminders: ${result.error.message}`);
      return;
    }
    const run = result.value as ReminderRun;
    announcedWhileLocked.clear();
    upcoming = run.upcoming;
    attention = run.attention;
    desktop = run.desktopNotifications;
    showRun(run);
  };

  const lookWhileLocked = (): void => {
    const at = now();
    const came = upcoming.filter((u) => Date.parse(u.fireAt) <= at && !announcedWhileLocked.has(u.id));
    if (came.length === 0) return;
    for (const u of came) announcedWhileLocked.add(u.id);
    const items = new Set(came.filter((u) => !u.id.startsWith('summary:')).map((u) => u.id.split('@')[0]));
    if (desktop) options.show(lockedText(Math.max(attention, items.size), options.language), null);
  };

  const tick = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      const state = options.vaultState();
      const first = afterUnlock(state === 'unlocked');
      if (state === 'unlocked') {
        if (first === 'yes' || (first === 'no' && now() - lastRun >= 60_000)) await runUnlocked();
      } else if (state === 'locked') lookWhileLocked();
    } catch (error) {
      log(`DPO Desk reminders failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };

  const timer = (options.setInterval ?? defaultInterval)(() => void tick(), options.everyMs ?? 15_000);
  return { tick, stop: () => timer.clear() };
}
