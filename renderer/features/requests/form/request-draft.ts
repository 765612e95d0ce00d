import type { NewRequest, Regime, RequestChannel, RequesterRelation, RequestType } from '../../../../electron/shared/requests';
import type { FieldIssue } from '../../../../electron/shared/result';
import { wallTimeToInstant } from '../../../../electron/shared/pure/zoned-time';
import { isInFuture } from '../../../../electron/shared/pure/future-instant';

/** The new-request form as the DPO fills it in: plain strings, the receipt as a wall-clock time. */
export interface RequestDraft {
  regime: Regime;
  types: RequestType[];
  /** `YYYY-MM-DDTHH:mm` in the organisation's zone, as a datetime-local input holds it. */
  receivedAt: string;
  channel: RequestChannel;
  subjectName: string;
  subjectEmail: string;
  subjectPhone: string;
  subjectAddress: string;
  requesterRelation: RequesterRelation;
  requesterName: string;
  requesterEmail: string;
  under16: boolean;
  complex: boolean;
  description: string;
  systems: string[];
  /** The DPO confirmed a receipt more than 90 days back. */
  confirmOldReceipt: boolean;
  /** The client whose data it is when we hold it as processor; '' when we are the controller. */
  clientId: string;
}

export type DraftField = keyof RequestDraft;

/** The law a new request most likely falls under, from the organisation's country. */
export function defaultRegime(country: string | null): Regime {
  switch (country) {
    case 'GB':
      return 'uk-gdpr';
    case 'US':
      return 'ccpa';
    case 'BR':
      return 'lgpd';
    case 'CA':
      return 'pipeda';
    case 'CH':
      return 'ch-fadp';
    default:
      return 'gdpr';
  }
}

export function emptyDraft(regime: Regime, receivedAt: string): RequestDraft {
  return {
    regime,
    types: [],
    receivedAt,
    channel: 'email',
    subjectName: '',
    subjectEmail: '',
    subjectPhone: '',
    subjectAddress: '',
    requesterRelation: 'self',
    requesterName: '',
    requesterEmail: '',
    under16: false,
    complex: false,
    description: '',
    systems: [],
    confirmOldReceipt: false,
    clientId: '',
  };
}

/**
 * Applies one change and keeps the draft coherent: a child's request comes through a parent
 * or guardian, and changing the law keeps only the types that law knows.
 */
export function updateDraft(draft: RequestDraft, patch: Partial<RequestDraft>, typesOf: (regime: Regime) => readonly RequestType[]): RequestDraft {
  const next = { ...draft, ...patch };
  if (patch.under16 === true) next.requesterRelation = 'parent-guardian';
  if (patch.regime && patch.regime !== draft.regime) {
    const known = typesOf(patch.regime);
    next.types = next.types.filter((type) => known.includes(type));
  }
  return next;
}

/**
 * The 'requests.create' input. The receipt becomes an instant with the organisation's offset
 * at that wall time; a time that cannot be read is passed on as typed, so the schema names
 * the field. Requester details are dropped when the person wrote themself. A client chosen
 * marks the request as received in processor capacity.
 */
export function toNewRequest(draft: RequestDraft, timeZone: string): NewRequest {
  const self = draft.requesterRelation === 'self';
  return {
    regime: draft.regime,
    types: draft.types,
    receivedAt: wallTimeToInstant(draft.receivedAt, timeZone) ?? draft.receivedAt,
    channel: draft.channel,
    subjectName: draft.subjectName,
    subjectEmail: draft.subjectEmail,
    subjectPhone: draft.subjectPhone,
    subjectAddress: draft.subjectAddress,
    requesterRelation: draft.requesterRelation,
    requesterName: self ? '' : draft.requesterName,
    requesterEmail: self ? '' : draft.requesterEmail,
    under16: draft.under16,
    complex: draft.complex,
    description: draft.description,
    systems: draft.systems,
    ...(draft.confirmOldReceipt ? { confirmOldReceipt: true } : {}),
    ...(draft.clientId ? { processor: { clientId: draft.clientId } } : {}),
  };
}

/** Problems the form can see without asking: a receipt time that cannot be read, or one in the future. */
export function localIssues(draft: RequestDraft, timeZone: string, now: number): FieldIssue[] {
  const instant = wallTimeToInstant(draft.receivedAt, timeZone);
  if (instant === null) return [{ path: 'receivedAt', message: 'invalid' }];
  if (isInFuture(instant, now)) return [{ path: 'receivedAt', message: 'future' }];
  return [];
}

/** Adds a system name to the chips unless it is empty or already there (case-insensitive). */
export function addSystem(systems: readonly string[], name: string): string[] {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed || systems.some((s) => s.toLowerCase() === trimmed.toLowerCase())) return [...systems];
  return [...systems, trimmed];
}
