import type { VersionConflict } from '../../shared/case-version';
import { AppError } from '../errors';
import { msg } from '../i18n';

/** "2026-12-03T13:20:05.123Z" as "2026-12-03 13:20 UTC": an instant people read in either language. */
function utcMinute(instant: string | null): string {
  return instant === null ? '—' : `${instant.slice(0, 10)} ${instant.slice(11, 16)} UTC`;
}

/**
 * An edit made on a version of a case that is no longer the stored one: refused, with both
 * versions and the latest change's author and time, so nothing is silently overwritten and
 * the editor can reload and redo. Crosses the API as CONFLICT with `conflict` beside the message.
 */
export class VersionConflictError extends AppError {
  constructor(readonly conflict: VersionConflict) {
    super(
      'CONFLICT',
      msg(`msg.error.staleVersion.${conflict.caseType}`, {
        readVersion: conflict.readVersion,
        currentVersion: conflict.currentVersion,
        changedBy: conflict.changedBy ?? '—',
        changedAt: utcMinute(conflict.changedAt),
      }),
    );
    this.name = 'VersionConflictError';
  }
}
