import type { Message } from '../shared/pure/i18n/message';
import type { ErrorCode, FieldIssue } from '../shared/result';
import { renderText } from './i18n/translator';

/**
 * An error the user can act on. It is built from a catalogue message (`msg.error.*` with its
 * parameters), never from a sentence: the type requires the message, so every caller can
 * show it in its own language, and `message` is that message rendered in English for logs
 * and scripts. Its code and message cross the API boundary as they are; anything that is
 * not an `AppError` crosses as a generic INTERNAL error.
 */
export class AppError extends Error {
  readonly issues?: FieldIssue[];

  constructor(
    readonly code: ErrorCode,
    /** The message as a catalogue message, so each caller shows it in its own language. */
    readonly detail: Message,
    issues?: readonly FieldIssue[],
  ) {
    super(renderText('en', detail));
    this.name = 'AppError';
    if (issues) this.issues = [...issues];
  }
}

/** A field issue that core built from a catalogue message: its `detail` is always there. */
export type KeyedIssue = FieldIssue & { detail: Message };

/** One field's problem from a catalogue message: English in `message`, the message itself in `detail`. */
export function fieldIssue(path: string, detail: Message): KeyedIssue {
  return { path, message: renderText('en', detail), detail };
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
