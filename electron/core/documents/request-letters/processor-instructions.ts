import type { Client } from '../../../shared/clients';
import type { DocumentKind, LetterWarning } from '../../../shared/document-contract';
import { msg, type Message } from '../../i18n';

/**
 * The caution on a processor's holding reply (review 7, G15): a processor processes, and so
 * writes to the controller's data subjects, only on the controller's documented instructions
 * (Art. 28(3)(a) and 29 GDPR and UK GDPR). The client record holds the processing agreement's
 * date, file, times and sub-processor rule, but no instruction allowing us to answer the
 * client's data subjects; so every holding reply carries the caution, naming the agreement the
 * register records (or that none is), for the DPO to check before sending it.
 */
export function processorInstructionsCaution(kind: DocumentKind, client: Client | null, law: string): { code: LetterWarning['code']; message: Message }[] {
  if (kind !== 'processor-holding-reply' || client === null) return [];
  const signedOn = client.agreementSignedOn;
  const file = client.agreementFile?.trim() ?? '';
  const agreement = signedOn
    ? file !== ''
      ? msg('msg.letterWarning.processorAgreementFile', { signedOn, file })
      : msg('msg.letterWarning.processorAgreementSigned', { signedOn })
    : msg('msg.letterWarning.processorAgreementNone');
  return [{ code: 'processor-instructions', message: msg('msg.letterWarning.processorInstructions', { client: client.name, agreement: [agreement], law }) }];
}
