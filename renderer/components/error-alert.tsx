import { useTranslation } from 'react-i18next';
import type { ApiError, ErrorCode } from '../../electron/shared/result';
import { useErrorText } from '../i18n/use-error-text';

/** Codes whose server message carries facts worth showing (a file name, a field, the error id of the log), not just a category. */
const detailed: ReadonlySet<ErrorCode> = new Set(['INTERNAL', 'VAULT_CORRUPT', 'VAULT_FROM_FUTURE', 'VAULT_FOLDER', 'NATIVE_MODULE', 'VALIDATION', 'CONFLICT', 'NOT_FOUND', 'ILLEGAL_TRANSITION']);

/**
 * An API error in the UI language, announced at once (role="alert"). The translated text
 * comes from the error code; the server's own message is added where it names specifics,
 * in the UI's language (see `useErrorText`). A team server's refusal is a whole sentence
 * (which member, which server, why: a wrong password is not a wrong passphrase), shown alone.
 */
export function ErrorAlert({ error, className }: { error: ApiError | null; className?: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const team = error?.detail?.key.startsWith('msg.error.team.') ? errorText.error(error) : null;
  const detail = error && !team && detailed.has(error.code) ? errorText.error(error) : null;
  return (
    <div role="alert" className={['alert-region', className].filter(Boolean).join(' ')}>
      {error ? (
        <div className="alert alert-error">
          <p className="alert-title">{team ?? t(`errors.${error.code}`)}</p>
          {detail ? <p className="alert-detail">{detail}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
