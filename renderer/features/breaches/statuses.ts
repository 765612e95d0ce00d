import type { BreachStatus } from '../../../electron/shared/breaches';

/** Each status once (the compiler checks none is missing), in lifecycle order. */
const rank = { open: 0, assessed: 1, notified: 2, closed: 3 } satisfies Record<BreachStatus, number>;

/** The lifecycle in order: the shared list is a runtime value, which the renderer may not import. */
export const BREACH_STATUSES_IN_ORDER = Object.keys(rank) as BreachStatus[];
