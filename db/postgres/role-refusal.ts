/**
 * Whether an error is a team server refusing what the member's role may do: SQLSTATE 42501
 * (insufficient privilege), raised by a missing grant, a row-level policy, or one of the
 * team database's guard triggers (settings, the audit trail, finalised documents).
 */
export function isRoleRefusal(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === '42501';
}
