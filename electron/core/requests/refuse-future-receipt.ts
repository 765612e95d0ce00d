import { isInFuture } from '../../shared/pure/future-instant';
import { AppError, fieldIssue } from '../errors';
import { msg } from '../i18n';

/**
 * Refuses a receipt time in the future (the same rule the request form applies before it asks).
 * @throws AppError VALIDATION naming the `receivedAt` field
 */
export function refuseFutureReceipt(receivedAt: string, now: Date): void {
  if (isInFuture(receivedAt, now.getTime())) {
    throw new AppError('VALIDATION', msg('msg.error.request.futureReceipt'), [fieldIssue('receivedAt', msg('msg.error.request.futureTime'))]);
  }
}
