import { useTranslation } from 'react-i18next';
import type { ApiError, ErrorCode } from '../../electron/shared/result';

/** Codes whose server message carries facts worth showing (a file name, a field), not just a category. */
const detailed: ReadonlySet<ErrorCode> = new Set(['VAULT_CORRUPT', 'VAULT_FROM_FUTURE', 'VAULT_FOLDER', 'NATIVE_MODULE', 'VALIDATION', 'CONFLICT', 'NOT_FOUND', 'ILLEGAL_TRANSITION']);

/**
 * An API error in the UI language, announced at once (role="alert"). The translated text
 * comes from the error code; the server's own message is added where it names specifics.
 */
export function ErrorAlert({ error, className }: { error: ApiError | null; className?: string }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className={['alert-region', className].filter(Boolean).join(' ')}>
      {error ? (
        <div className="alert alert-error">
          <p className="alert-title">{t(`errors.${error.code}`)}</p>
          {detailed.has(error.code) ? <p className="alert-detail">{error.message}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
