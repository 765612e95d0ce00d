import type { FinaliseRequest } from '../../shared/document-contract';
import { finaliseLetter } from '../../core/documents/letter-service';
import { AppError, isAppError } from '../../core/errors';
import { msg } from '../../core/i18n';

/** The flag that confirms free text in the other language (shared by `letter` and `notice`). */
export const CONFIRM_LANGUAGE_OPTION = { 'confirm-language': { type: 'boolean' } } as const;

/**
 * Finalises a letter or notice from the command line: `--confirm-language` confirms text in the
 * other language; without it such a letter is refused, naming the fields and the flag.
 */
export async function finaliseFromCli(db: Parameters<typeof finaliseLetter>[0], request: FinaliseRequest, values: Record<string, unknown>, actor: string, now: Date): Promise<Awaited<ReturnType<typeof finaliseLetter>>> {
  try {
    return await finaliseLetter(db, { ...request, confirmLanguage: values['confirm-language'] === true }, actor, now);
  } catch (error) {
    if (isAppError(error) && error.detail.key === 'msg.error.letter.languageMix') {
      throw new AppError(error.code, msg('msg.error.cli.confirmLanguage', { problem: [error.detail] }), error.issues);
    }
    throw error;
  }
}
