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
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
