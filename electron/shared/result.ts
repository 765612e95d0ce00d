import type { VersionConflict } from './case-version';
import type { DraftConflict } from './document-contract';
import type { Message } from './pure/i18n/message';

/**
 * The envelope every API call returns, over IPC and over the loopback transport alike.
 * Errors cross the boundary as a stable code and a human message, never a stack trace.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'ILLEGAL_TRANSITION'
  | 'VAULT_ABSENT'
  | 'VAULT_EXISTS'
  | 'VAULT_LOCKED'
  | 'VAULT_CORRUPT'
  | 'VAULT_FROM_FUTURE'
  | 'VAULT_FOLDER'
  | 'NATIVE_MODULE'
  | 'WRONG_SECRET'
  | 'THROTTLED'
  | 'WEAK_PASSPHRASE'
  | 'FORBIDDEN'
  | 'TEAM_UNREACHABLE'
  | 'NOT_ON_TEAM_SERVER'
  | 'UNKNOWN_CHANNEL'
  | 'INTERNAL';

/** One problem with one field of a request, for forms that show errors in place. */
export interface FieldIssue {
  path: string;
  /** English, for logs and scripts. */
  message: string;
  /** The same problem as a catalogue message (`msg.error.*`), rendered in the reader's language. */
  detail?: Message;
}

export interface ApiError {
  code: ErrorCode;
  /** English, for logs and scripts. */
  message: string;
  issues?: FieldIssue[];
  /** The message as a catalogue message (`msg.error.*`), rendered in the reader's language. */
  detail?: Message;
  /** On a CONFLICT from a stale edit: both versions and the latest change's author and time. */
  conflict?: VersionConflict;
  /** On a CONFLICT from a stale letter draft: both versions and who saved the newer one, when. */
  draftConflict?: DraftConflict;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
