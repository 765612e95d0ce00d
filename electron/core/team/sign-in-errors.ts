import { driverErrorCode, UNDEFINED_TABLE } from '../../../db/postgres/postgres-error';
import type { TeamServerView } from '../../shared/contract/team';
import { AppError } from '../errors';
import { msg } from '../i18n';

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EPIPE']);
/** Node's codes for a certificate the client could not verify (chain, host name, dates). */
const UNTRUSTED = /CERT|SIGNATURE|SELF_SIGNED|ALTNAME|ISSUER/;

function reasonOf(error: Error): string {
  return driverErrorCode(error) ?? error.message;
}

/**
 * Says why a sign-in failed, in the user's language: the server's refusal (wrong password,
 * a disabled login, no such database, not a team database), TLS refused or untrusted, or a
 * server that cannot be reached. An `AppError` passes as it is; anything unforeseen too.
 */
export function signInError(error: unknown, server: Pick<TeamServerView, 'host' | 'database' | 'login'>): unknown {
  if (error instanceof AppError || !(error instanceof Error)) return error;
  const code = driverErrorCode(error) ?? '';
  const { host, database, login } = server;
  if (code === '28P01') return new AppError('WRONG_SECRET', msg('msg.error.team.signIn.wrongPassword', { login }));
  if (code === '28000') {
    const disabled = /not permitted to log in/i.test(error.message);
    return new AppError('FORBIDDEN', disabled ? msg('msg.error.team.signIn.disabled', { login }) : msg('msg.error.team.signIn.refused', { login, reason: error.message }));
  }
  if (code === '3D000') return new AppError('NOT_FOUND', msg('msg.error.team.signIn.noDatabase', { database }));
  if (code === UNDEFINED_TABLE) return new AppError('VALIDATION', msg('msg.error.team.signIn.notTeamDatabase', { database }));
  if (/does not support SSL/i.test(error.message)) return new AppError('TEAM_UNREACHABLE', msg('msg.error.team.signIn.tlsUnsupported', { host }));
  if (UNTRUSTED.test(code) || /certificate/i.test(error.message)) return new AppError('TEAM_UNREACHABLE', msg('msg.error.team.signIn.tlsUntrusted', { host, reason: reasonOf(error) }));
  if (UNREACHABLE.has(code) || /timeout|terminated unexpectedly/i.test(error.message)) {
    return new AppError('TEAM_UNREACHABLE', msg('msg.error.team.signIn.unreachable', { host, reason: reasonOf(error) }));
  }
  return error;
}
