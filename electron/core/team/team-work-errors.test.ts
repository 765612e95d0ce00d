import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { teamWorkError, type TeamWorkContext } from './team-work-errors';

function driverError(code: string, message = 'refused'): Error {
  return Object.assign(new Error(message), { code });
}

const as = (role: 'dpo' | 'analyst' | 'auditor'): TeamWorkContext => ({ signedIn: () => ({ member: { login: 'm', displayName: 'M', role }, host: 'db.example.org', database: 'team' }) });
const local: TeamWorkContext = { signedIn: () => null };

function keyOf(error: unknown): string {
  if (!(error instanceof AppError)) throw new Error('expected an AppError');
  return `${error.code} ${error.detail.key}`;
}

describe('a team server’s refusals, said plainly', () => {
  it('names what the role may do when the database refuses a privilege', () => {
    expect(keyOf(teamWorkError(driverError('42501', 'permission denied for table settings'), as('analyst')))).toBe('FORBIDDEN msg.error.team.role.analyst');
    expect(keyOf(teamWorkError(driverError('42501', 'new row violates row-level security policy'), as('auditor')))).toBe('FORBIDDEN msg.error.team.role.auditor');
  });

  it('says a table the server does not hold yet is not available there, and a lost server unreachable', () => {
    expect(keyOf(teamWorkError(driverError('42P01', 'relation "breaches" does not exist'), as('dpo')))).toBe('NOT_ON_TEAM_SERVER msg.error.team.notOnServer');
    expect(keyOf(teamWorkError(driverError('ECONNREFUSED'), as('dpo')))).toBe('TEAM_UNREACHABLE msg.error.team.signIn.unreachable');
  });

  it('leaves the local vault’s errors, and errors it does not know, as they are', () => {
    const sqlite = driverError('SQLITE_CONSTRAINT');
    expect(teamWorkError(driverError('42501'), local)).toBeInstanceOf(Error);
    expect(teamWorkError(driverError('42501'), local)).not.toBeInstanceOf(AppError);
    expect(teamWorkError(sqlite, as('dpo'))).toBe(sqlite);
  });
});
