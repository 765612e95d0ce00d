/**
 * Lets the event loop serve what is waiting (a call from the window) before going on. The
 * database is synchronous and Node has one thread: background work over a large vault (the
 * reminder run) awaits this between its slices, so no slice holds a screen back for long.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
