/**
 * The code of an error from the PostgreSQL driver: the server's SQLSTATE (`28P01`, `42501`…)
 * for a refusal, Node's code (`ECONNREFUSED`, `DEPTH_ZERO_SELF_SIGNED_CERT`…) for a network or
 * TLS failure, or null for anything else.
 */
export function driverErrorCode(error: unknown): string | null {
  if (!(error instanceof Error) || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
}

/** SQLSTATE 42501: the role lacks the privilege (a grant or a row-level policy said no). */
export const INSUFFICIENT_PRIVILEGE = '42501';
/** SQLSTATE 42P01: the table does not exist (the server's schema is older than the feature). */
export const UNDEFINED_TABLE = '42P01';
