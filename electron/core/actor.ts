import { userInfo } from 'node:os';

/** Who acts, as the audit trail records it: the OS account and the surface used (app or cli). */
export function defaultActor(surface: 'app' | 'cli'): string {
  let name = 'unknown';
  try {
    name = userInfo().username;
  } catch {
    // Some containers have no passwd entry for the current uid.
  }
  return `${name} (${surface})`;
}
