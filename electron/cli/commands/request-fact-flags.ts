import type { OptionSpec } from '../command';

/**
 * The flags of a request's facts, shared by `request add` (which registers them) and
 * `request edit` (which corrects the ones given), with how each maps to a field of the
 * `requests.create` / `requests.correct` input.
 */
export const requestFactOptions = {
  type: { type: 'string', multiple: true },
  received: { type: 'string' },
  channel: { type: 'string' },
  name: { type: 'string' },
  email: { type: 'string' },
  phone: { type: 'string' },
  address: { type: 'string' },
  'requester-relation': { type: 'string' },
  'requester-name': { type: 'string' },
  'requester-email': { type: 'string' },
  under16: { type: 'boolean' },
  complex: { type: 'boolean' },
  description: { type: 'string' },
  system: { type: 'string', multiple: true },
  'confirm-old': { type: 'boolean' },
} as const satisfies OptionSpec;

/** The facts the flags give, under the input's field names; a flag not given is left out. */
export function requestFacts(v: Record<string, unknown>): Record<string, unknown> {
  const facts: Record<string, unknown> = {
    receivedAt: v.received,
    types: v.type,
    channel: v.channel,
    subjectName: v.name,
    subjectEmail: v.email,
    subjectPhone: v.phone,
    subjectAddress: v.address,
    requesterRelation: v['requester-relation'],
    requesterName: v['requester-name'],
    requesterEmail: v['requester-email'],
    description: v.description,
    systems: v.system,
  };
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined));
}

/** `{ confirmOldReceipt: true }` when --confirm-old was given, else nothing. */
export function confirmOld(v: Record<string, unknown>): { confirmOldReceipt?: true } {
  return v['confirm-old'] === true ? { confirmOldReceipt: true } : {};
}
