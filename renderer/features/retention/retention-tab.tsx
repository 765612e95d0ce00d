import './retention.css';
import { useEffect, useState } from 'react';
import type { RetentionRule } from '../../../electron/shared/retention';
import type { ApiError } from '../../../electron/shared/result';
import type { Settings } from '../../../electron/shared/settings';
import { ErrorAlert } from '../../components/error-alert';
import { call } from '../../lib/api';
import { RuleRegister } from './rule-register';
import { VaultRetention } from './vault-retention';

/** Settings → Retention: the register of retention rules and the vault's own closed cases. */
export function RetentionTab({ settings }: { settings: Settings }) {
  const [rules, setRules] = useState<RetentionRule[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    void call('retention.rules', {}).then((result) => (result.ok ? setRules(result.value) : setError(result.error)));
  }, []);

  return (
    <div className="settings-stack">
      <ErrorAlert error={error} />
      {rules ? <RuleRegister rules={rules} onChange={setRules} /> : null}
      <VaultRetention timeZone={settings['organisation.timeZone'] ?? 'UTC'} />
    </div>
  );
}
