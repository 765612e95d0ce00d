import { addDays, daysBetween, laterOf, type CivilDate } from '../../shared/pure/civil-date';
import type { ClockStop, ClockStopReason, DeadlineStep } from './deadline-types';

/**
 * UK GDPR clock stops (Art. 12A, inserted by the Data (Use and Access) Act 2025; the same
 * wording is in DPA 2018 s. 54 for Part 3), and how this engine reads them:
 *
 * 1. Identity and fee do not pause a running clock: the period is "one month beginning with
 *    the relevant time", which is the LATEST of receipt of the request, receipt of the
 *    identity information asked for under Art. 12(6), and payment of the fee. So the month
 *    restarts in full from the day the information arrives — the ICO's "the time limit starts
 *    from when you receive the requested information". When identity is asked on the day of
 *    receipt this is the same as shifting the end by the days waited; when it is asked later
 *    the restart gives more time than a shift would. That is what the statute says; we add a
 *    note when identity was asked only after the first period had already run out.
 *    While identity or the fee is awaited, there is no date at all (the clock has not started).
 * 2. Clarification (the controller reasonably needs more information to identify what an
 *    access request is about) is a true pause: "the period beginning with the day on which the
 *    controller makes the request and ending with the day on which the controller receives
 *    the information does not count". Both ends are included, so asking on 10 Sep and hearing
 *    back on 12 Sep removes 3 days and the end moves 3 days later. Days before the clock
 *    started are not counted anyway, so a clarification asked on the day of receipt and
 *    answered on day X moves the end exactly as if the month ran from X. The same days do not
 *    count towards the extension-notice period or the extended period either. A request for
 *    clarification made after the period has ended cannot revive it and is ignored. Overlapping
 *    pauses count each day once. While a clarification is awaited there is no date.
 *
 * The month is first found by Art. 3(2)(c)-style arithmetic, then moved by the paused days,
 * then rolled to the next working day.
 */

/** Where the UK clock starts, and what the identity/fee stops did. */
export type RelevantTime =
  | { started: true; start: CivilDate; steps: DeadlineStep[] }
  | { started: false; since: CivilDate; reason: ClockStopReason; steps: DeadlineStep[] };

/**
 * The relevant time: the latest of receipt and the closed identity/fee stops; not started
 * while one of them is open.
 */
export function relevantTime(received: CivilDate, stops: readonly ClockStop[]): RelevantTime {
  const restarting = stops.filter((s) => s.reason !== 'clarification');
  const open = restarting.filter((s) => s.to === null).sort((a, b) => (a.from < b.from ? -1 : 1))[0];
  if (open) {
    return { started: false, since: open.from, reason: open.reason, steps: [{ kind: 'clock-stopped', reason: open.reason, since: open.from }] };
  }
  let start = received;
  let cause: 'receipt' | 'identity' | 'fee' = 'receipt';
  for (const stop of restarting) {
    if (stop.to !== null && stop.to > start) {
      start = stop.to;
      cause = stop.reason === 'fee' ? 'fee' : 'identity';
    }
  }
  const steps: DeadlineStep[] = [{ kind: 'start', date: start, cause }];
  for (const stop of restarting) {
    if (stop.to !== start || cause === 'receipt') {
      steps.push({ kind: 'pause-ignored', reason: stop.reason, from: stop.from, to: stop.to, why: cause === 'receipt' ? 'before-start' : 'superseded' });
    }
  }
  return { started: true, start, steps };
}

interface Interval {
  reason: ClockStopReason;
  from: CivilDate;
  to: CivilDate | null;
}

function mergeOverlapping(stops: readonly ClockStop[], reason: ClockStopReason): Interval[] {
  const sorted = stops
    .filter((s) => s.reason === reason)
    .map((s) => ({ ...s }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: Interval[] = [];
  for (const stop of sorted) {
    const last = merged.at(-1);
    if (last && (last.to === null || stop.from <= last.to)) {
      last.to = last.to === null || stop.to === null ? null : laterOf(last.to, stop.to);
    } else {
      merged.push(stop);
    }
  }
  return merged;
}

/** The end moved by clarification pauses, or the stop that holds the clock. */
export type PausedEnd =
  | { stopped: false; end: CivilDate; steps: DeadlineStep[] }
  | { stopped: true; since: CivilDate; reason: ClockStopReason; steps: DeadlineStep[] };

/**
 * How a pause removes days. `both-ends` (UK Art. 12A clarification): the day asked and the day
 * answered do not count. `after-ask` (EU identity, EDPB Guidelines 01/2022 para. 159): the
 * period runs on the day the controller asks and stops until the information is obtained, so
 * the days after the asking day up to and including the day the information arrives do not
 * count — as Reg. 1182/71 Art. 3(1) does not count the day of the event a period runs from.
 */
export type PauseCount = 'both-ends' | 'after-ask';

/**
 * Moves `nominalEnd` (the unrolled end of a period that started on `start`) later by the
 * days of the `reason` stops that fall inside the running period.
 *
 * @param lastDay maps an unrolled end to the day the period really ends (after roll-forward),
 *   used to decide whether a pause was asked in time
 */
export function applyPauses(
  start: CivilDate,
  nominalEnd: CivilDate,
  stops: readonly ClockStop[],
  lastDay: (end: CivilDate) => CivilDate,
  reason: ClockStopReason,
  count: PauseCount,
): PausedEnd {
  const steps: DeadlineStep[] = [];
  let end = nominalEnd;
  const firstCounted = addDays(start, 1);
  for (const pause of mergeOverlapping(stops, reason)) {
    if (pause.from > lastDay(end)) {
      steps.push({ kind: 'pause-ignored', reason: pause.reason, from: pause.from, to: pause.to, why: 'after-deadline' });
      continue;
    }
    if (pause.to === null) {
      steps.push({ kind: 'clock-stopped', reason: pause.reason, since: pause.from });
      return { stopped: true, since: pause.from, reason: pause.reason, steps };
    }
    const from = laterOf(count === 'both-ends' ? pause.from : addDays(pause.from, 1), firstCounted);
    if (pause.to < from) {
      const why = pause.to < firstCounted ? 'before-start' : 'same-day';
      steps.push({ kind: 'pause-ignored', reason: pause.reason, from: pause.from, to: pause.to, why });
      continue;
    }
    const days = daysBetween(from, pause.to) + 1;
    const moved = addDays(end, days);
    steps.push({ kind: 'pause', reason: pause.reason, from: pause.from, to: pause.to, days, endBefore: end, endAfter: moved });
    end = moved;
  }
  return { stopped: false, end, steps };
}
