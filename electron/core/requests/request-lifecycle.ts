import type { RequestStatus } from '../../shared/requests';

/**
 * The lifecycle of a rights request:
 * received → awaiting-identity → in-progress → extended → responded, or withdrawn from any
 * open status. Identity may be confirmed straight from `received`; an extension may be given
 * before work starts; `responded` and `withdrawn` are final (they can be reopened, with a
 * reason, by `reopenRequest`). `void` (registered in error) is reached only by `voidRequest`.
 */
const MOVES: Record<RequestStatus, readonly RequestStatus[]> = {
  received: ['awaiting-identity', 'in-progress', 'extended', 'responded', 'withdrawn'],
  'awaiting-identity': ['in-progress', 'extended', 'responded', 'withdrawn'],
  'in-progress': ['extended', 'responded', 'withdrawn'],
  extended: ['responded', 'withdrawn'],
  responded: [],
  withdrawn: [],
  void: [],
};

export function allowedTransitions(from: RequestStatus): readonly RequestStatus[] {
  return MOVES[from];
}

/** Why a move is refused, in words a DPO understands, or null when it is allowed. */
export function transitionProblem(from: RequestStatus, to: RequestStatus): string | null {
  if (MOVES[from].includes(to)) return null;
  if (from === 'void') return `The request is void (registered in error); it cannot move to ${to}`;
  if (from === 'responded' || from === 'withdrawn') return `The request is ${from} and closed; it cannot move to ${to}`;
  if (from === to) return `The request is already ${to}`;
  return `A request that is ${from} cannot move to ${to}; allowed: ${MOVES[from].join(', ')}`;
}

/** Open: still running against its deadlines (not responded, withdrawn or void). */
export function isOpen(status: RequestStatus): boolean {
  return MOVES[status].length > 0;
}
