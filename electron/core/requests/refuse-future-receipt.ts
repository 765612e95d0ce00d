import { isInFuture } from '../../shared/pure/future-instant';
import { AppError } from '../errors';
import { msg } from '../i18n';

/**
 * Refuses a receipt time in the future (the same rule the request form applies before it asks).
 * @throws AppError VALIDATION naming the `receivedAt` field
 */
export function refuseFutureReceipt(receivedAt: string, now: Date): void {
  if (isInFuture(receivedAt, now.getTime())) {
    throw new AppError(
      'VALIDATION',
      'The request cannot have been received in the future',
      [{ path: 'receivedAt', message: 'This time is in the future', detail: msg('msg.error.request.futureTime') }],
      msg('msg.error.request.futureReceipt'),
    );
  }
}
