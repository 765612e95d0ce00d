import { useTranslation } from 'react-i18next';
import type { IdentityMethod, RequestDetail } from '../../../../../electron/shared/requests';
import { useRequestOptions } from '../../use-request-options';

/**
 * The identity methods as select options, and the one to start from: proof of parental
 * authority for a child, the agent's authorisation for an agent, otherwise confirmation from the
 * e-mail address on the account: a copy of an identity document is the DPO's choice, never the
 * default (Arts 5(1)(c), 12(2); EDPB Guidelines 01/2022 §§ 73–79; review D19).
 */
export function useMethods(detail: RequestDetail) {
  const { t } = useTranslation();
  const options = useRequestOptions();
  const methods = ((options?.identityMethods ?? []) as IdentityMethod[]).map((method) => ({ value: method, label: t(`requests.identityMethods.${method}`) }));
  const suggested: IdentityMethod = detail.under16
    ? 'parental-authority-proof'
    : detail.requesterRelation === 'authorised-agent'
      ? 'agent-authorisation'
      : (detail.identity.method ?? 'email-confirmation');
  return { methods: detail.under16 ? methods.filter((m) => m.value === 'parental-authority-proof') : methods, suggested };
}
