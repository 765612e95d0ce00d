import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useVaultStore } from '../vault/vault-store';

/** Why the signed-in member cannot change cases (an auditor), or null when they can (or on the local vault). */
export function useCaseReadOnlyReason(): string | null {
  const { t } = useTranslation();
  const auditor = useVaultStore((store) => store.team?.member?.role === 'auditor');
  return auditor ? t('team.shell.readOnly') : null;
}

/**
 * Disables the controls that change a case for a member whose role cannot (an auditor), with
 * the reason as the group's title; reading, opening and downloading stay outside it. The team
 * server refuses such changes anyway; this only says so before a click.
 */
export function CaseChangeControls({ children }: { children: ReactNode }) {
  const reason = useCaseReadOnlyReason();
  return (
    <fieldset className="plain-fieldset" disabled={reason !== null} title={reason ?? undefined}>
      {children}
    </fieldset>
  );
}
