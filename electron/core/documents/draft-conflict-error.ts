import type { DraftConflict } from '../../shared/document-contract';
import { AppError } from '../errors';
import { msg } from '../i18n';

/** "2026-12-03T13:20:05.123Z" as "2026-12-03 13:20 UTC": an instant people read in either language. */
function utcMinute(instant: string | null): string {
  return instant === null ? '—' : `${instant.slice(0, 10)} ${instant.slice(11, 16)} UTC`;
}

/**
 * A letter draft saved on a version that is no longer the kept one (a colleague saved over
 * it, or it was finalised): refused, with both versions and who saved last and when, so
 * nobody's text is silently overwritten. Crosses the API as CONFLICT with `draftConflict`.
 */
export class DraftConflictError extends AppError {
  constructor(readonly conflict: DraftConflict) {
    super(
      'CONFLICT',
      conflict.currentVersion === 0
        ? msg('msg.error.staleDraft.gone')
        : msg('msg.error.staleDraft.changed', {
            readVersion: conflict.readVersion,
            currentVersion: conflict.currentVersion,
            changedBy: conflict.changedBy ?? '—',
            changedAt: utcMinute(conflict.changedAt),
          }),
    );
    this.name = 'DraftConflictError';
  }
}
