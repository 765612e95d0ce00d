import { useTranslation } from 'react-i18next';
import type { IdentityMethod, RequestDetail } from '../../../../../electron/shared/requests';
import { useRequestOptions } from '../../use-request-options';

/**
 * The identity methods as select options, and the one to start from: proof of parental
 * authority for a child, the agent's authorisation for an agent, an identity document otherwise.
 */
export function useMethods(detail: RequestDetail) {
  const { t } = useTranslation();
  const options = useRequestOptions();
  const methods = ((options?.identityMethods ?? []) as IdentityMethod[]).map((method) => ({ value: method, label: t(`requests.identityMethods.${method}`) }));
  const suggested: IdentityMethod = detail.under16
    ? 'parental-authority-proof'
    : detail.requesterRelation === 'authorised-agent'
      ? 'agent-authorisation'
      : (detail.identity.method ?? 'id-document');
  return { methods: detail.under16 ? methods.filter((m) => m.value === 'parental-authority-proof') : methods, suggested };
}
