import type { CitationId } from './citations';
import { makeDetail } from './explain';
import type { RuleInput, RuleOutcome } from './rule-outcome';

/**
 * GDPR and UK GDPR requests the law wants acted on as soon as they arrive: the objection to
 * direct marketing (Art. 21(3): the data "shall no longer be processed" for it) and the
 * withdrawal of consent (Art. 7(3): as easy as giving it, effective from then on). They are
 * due on the day of receipt: no month to answer, no extension, no identity step to wait for.
 */
export function atOnceRule(input: RuleInput, citations: CitationId[]): RuleOutcome {
  return {
    details: {
      due: makeDetail('due', input.received, [{ kind: 'at-once', date: input.received, type: input.type === 'consent-withdrawal' ? 'consent-withdrawal' : 'marketing-opt-out' }], citations),
      extendedDue: null,
      acknowledgeBy: null,
      extensionNoticeBy: null,
    },
    clockStop: null,
  };
}
