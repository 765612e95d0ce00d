import type { FieldSealError } from '../../../db/confidential/field-seal';
import { AppError } from '../errors';
import { msg } from '../i18n';

const CODES = { tampered: 'VAULT_CORRUPT', 'not-sealed': 'VAULT_CORRUPT', 'unknown-version': 'VAULT_FROM_FUTURE', locked: 'VAULT_LOCKED' } as const;

/** A confidential value that did not open (altered, moved, in clear, newer, or no key) as an error in the user's language. */
export function fieldSealAppError(error: FieldSealError): AppError {
  return new AppError(CODES[error.problem], msg(`msg.error.team.field.${error.problem}`, { table: error.place.table, column: error.place.column }));
}
