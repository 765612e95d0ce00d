import { useEffect, useState } from 'react';
import type { PassphraseAssessment } from '../../../electron/shared/contract/vault';
import { call } from '../../lib/api';
import { useLanguage } from '../../i18n/use-language';

const debounceMs = 150;

interface Assessed {
  passphrase: string;
  assessment: PassphraseAssessment;
}

/**
 * Asks main to estimate a passphrase's strength, 150 ms after the user stops typing.
 * Returns null while the estimate for the current text is pending or the text is empty,
 * so a stale verdict is never shown for a different passphrase.
 */
export function usePassphraseAssessment(passphrase: string): PassphraseAssessment | null {
  const language = useLanguage();
  const [assessed, setAssessed] = useState<Assessed | null>(null);
  useEffect(() => {
    if (!passphrase) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      void call('vault.assessPassphrase', { passphrase, language }).then((result) => {
        if (!cancelled && result.ok) setAssessed({ passphrase, assessment: result.value });
      });
    }, debounceMs);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [passphrase, language]);
  return passphrase && assessed?.passphrase === passphrase ? assessed.assessment : null;
}

/** The assessment of a passphrase right now, for a submit that must not wait for the debounce. */
export async function assessNow(passphrase: string, language: 'en' | 'it'): Promise<PassphraseAssessment | null> {
  const result = await call('vault.assessPassphrase', { passphrase, language });
  return result.ok ? result.value : null;
}
