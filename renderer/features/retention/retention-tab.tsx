import './retention.css';
import type { Settings } from '../../../electron/shared/settings';
import { ErrorAlert } from '../../components/error-alert';
import { useApi } from '../../lib/use-api';
import { RuleRegister } from './rule-register';
import { VaultRetention } from './vault-retention';

/** Settings → Retention: the register of retention rules and the vault's own closed cases. */
export function RetentionTab({ settings }: { settings: Settings }) {
  const { data: rules, error, setData: setRules } = useApi('retention.rules', {});

  return (
    <div className="settings-stack">
      <ErrorAlert error={error} />
      {rules ? <RuleRegister rules={rules} onChange={setRules} /> : null}
      <VaultRetention timeZone={settings['organisation.timeZone'] ?? 'UTC'} />
    </div>
  );
}
