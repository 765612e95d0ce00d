import type { Message } from '../shared/pure/i18n/message';
import type { ErrorCode, FieldIssue } from '../shared/result';

/**
 * An error the user can act on. Its code and message cross the API boundary as they
 * are; anything that is not an `AppError` crosses as a generic INTERNAL error.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
    /** The message as a catalogue message, so each caller shows it in its own language. */
    readonly detail?: Message,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
