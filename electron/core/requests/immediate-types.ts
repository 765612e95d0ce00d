import type { Regime, RequestType } from '../../shared/requests';

/** GDPR and UK GDPR request types the law wants acted on at once: the objection to direct marketing (Art. 21(3)) and the withdrawal of consent (Art. 7(3)). */
const IMMEDIATE: readonly RequestType[] = ['marketing-opt-out', 'consent-withdrawal'];

/**
 * True when a request includes a type that is never given more time: direct marketing stops
 * as soon as the person objects (Art. 21(3)) and withdrawing consent is as easy as giving it
 * (Art. 7(3)), so neither the request nor its letters may rest on an extended period.
 */
export function hasImmediateType(regime: Regime, types: readonly RequestType[]): boolean {
  return (regime === 'gdpr' || regime === 'uk-gdpr') && types.some((t) => IMMEDIATE.includes(t));
}
