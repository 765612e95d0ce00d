import type { RequestStatus } from '../../shared/requests';
import { msg, type Message } from '../i18n';

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
export function transitionProblem(from: RequestStatus, to: RequestStatus): Message | null {
  if (MOVES[from].includes(to)) return null;
  const status = (value: RequestStatus) => msg(`msg.status.request.${value}`);
  if (from === 'void') return msg('msg.error.request.move.fromVoid', { to: [status(to)] });
  if (from === 'responded' || from === 'withdrawn') return msg('msg.error.request.move.fromClosed', { from: [status(from)], to: [status(to)] });
  if (from === to) return msg('msg.error.request.move.already', { to: [status(to)] });
  return msg('msg.error.request.move.notAllowed', { from: [status(from)], to: [status(to)], allowed: MOVES[from].map(status) });
}

/** Open: still running against its deadlines (not responded, withdrawn or void). */
export function isOpen(status: RequestStatus): boolean {
  return MOVES[status].length > 0;
}
