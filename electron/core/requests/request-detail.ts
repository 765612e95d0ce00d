import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { RequestDetail } from '../../shared/requests';
import { todayInZone } from '../deadlines';
import { processorSideOf } from '../clients/processor-requests';
import { loadRequest } from './load-request';
import { extensionInEffect, type StoredDeadlines } from './request-deadlines';
import { allowedTransitions, isOpen } from './request-lifecycle';
import { extensionNotifiedOn } from './extension-notified-on';
import { extensionWhy } from './extension-why';
import { toSummary } from './request-summary';
import { extensionNoticeSince } from './undo-extension';
import { parseJsonText } from '../../../db/json-text';
import { hasImmediateType } from './immediate-types';

/** Everything the request page shows: the facts, both clocks explained, the allowed moves, notes, files and history. */
export async function getRequestDetail(db: Kysely<Database>, idOrReference: string, now: Date): Promise<RequestDetail> {
  const row = await loadRequest(db, idOrReference);
  const today = todayInZone(row.time_zone, now);
  const immediate = hasImmediateType(row.regime, parseJsonText(row.types));
  const [stops, notes, attachments, history, changes] = await Promise.all([
    db.selectFrom('request_clock_stops').selectAll().where('request_id', '=', row.id).orderBy('id').execute(),
    db.selectFrom('request_notes').select(['id', 'at', 'author', 'text', 'corrects_note_id as correctsNoteId']).where('request_id', '=', row.id).orderBy('at').execute(),
    db
      .selectFrom('attachments')
      .select(['id', 'file_name', 'mime_type', 'size', 'sha256', 'created_at'])
      .where('request_id', '=', row.id)
      .orderBy('created_at')
      .execute(),
    db.selectFrom('request_history').selectAll().where('request_id', '=', row.id).orderBy('id').execute(),
    db.selectFrom('request_changes').select(['audit_seq', 'field', 'old_value', 'new_value']).where('request_id', '=', row.id).orderBy('id').execute(),
  ]);
  const changesBySeq = new Map<number, { field: string; from: string | null; to: string | null }[]>();
  for (const c of changes) changesBySeq.set(c.audit_seq, [...(changesBySeq.get(c.audit_seq) ?? []), { field: c.field, from: c.old_value, to: c.new_value }]);
  const voiding = row.voided_at === null ? undefined : history.findLast((h) => h.action === 'request.voided');
  const canUndoExtension = row.status === 'extended' && row.extended_at !== null && !(await extensionNoticeSince(db, row.id, row.extended_at));
  const deadlines = JSON.parse(row.deadlines) as StoredDeadlines;
  // The extension binds only once its notice is recorded sent within the first period (review 6, F13).
  const inEffect = extensionInEffect(row);
  const extension =
    inEffect === null
      ? null
      : {
          inEffect,
          noticeSentOn: await extensionNotifiedOn(db, row.id),
          why: inEffect ? null : extensionWhy({ regime: row.regime, open: isOpen(row.status), due: row.legal_due, noticeBy: row.extension_notice_by }, today),
        };
  const processorSide = await processorSideOf(db, { id: row.id, legalDue: row.legal_binding_due, closedAt: row.closed_at, timeZone: row.time_zone }, today);
  return {
    ...toSummary(row, today),
    version: row.version,
    processorFor: processorSide === null ? null : { clientId: processorSide.clientId, clientName: processorSide.clientName, forwardBy: processorSide.forwardBy, forwardedOn: processorSide.forwardedOn },
    processorSide,
    receivedAt: row.received_at,
    timeZone: row.time_zone,
    jurisdiction: row.jurisdiction,
    channel: row.channel,
    subjectPhone: row.subject_phone,
    subjectAddress: row.subject_address,
    requesterRelation: row.requester_relation,
    requesterName: row.requester_name,
    requesterEmail: row.requester_email,
    under16: row.under_16 === 1,
    complex: row.complex === 1,
    description: row.description,
    systems: parseJsonText(row.systems),
    identity: {
      method: row.identity_method,
      requestedAt: row.identity_requested_at,
      verifiedAt: row.identity_verified_at,
      outcome: row.identity_outcome,
    },
    outcome: row.outcome,
    refusalGround: row.refusal_ground,
    extensionReason: row.extension_reason,
    extendedAt: row.extended_at,
    closedAt: row.closed_at,
    acknowledgedAt: row.acknowledged_at,
    acknowledgement:
      row.acknowledged_at === null
        ? null
        : { at: row.acknowledged_at, channel: row.acknowledged_channel, documentId: row.acknowledged_document_id },
    void: row.voided_at === null ? null : { at: row.voided_at, reason: voiding?.reason ?? null },
    canUndoExtension,
    deadlines: {
      due: row.legal_due,
      extendedDue: row.legal_extended_due,
      acknowledgeBy: row.acknowledge_by,
      extensionNoticeBy: row.extension_notice_by,
      organisationDue: row.org_due,
      organisationAcknowledgeBy: row.org_acknowledge_by,
      extension,
      explanations: deadlines.explanations,
      explanationLines: deadlines.explanationLines ?? [],
    },
    clockStops: stops.map((s) => ({ reason: s.reason, from: s.from_date, to: s.to_date })),
    // An objection to marketing or a withdrawal of consent is acted on at once: no identity step, no extension (Arts 12(6), 21(3), 7(3)).
    allowedTransitions: allowedTransitions(row.status).filter((to) => !(immediate && (to === 'awaiting-identity' || to === 'extended'))),
    notes: notes,
    attachments: attachments.map((a) => ({ id: a.id, fileName: a.file_name, mimeType: a.mime_type, size: a.size, sha256: a.sha256, createdAt: a.created_at })),
    timeline: history.map((h) => ({
      seq: h.audit_seq,
      at: h.at,
      actor: h.actor,
      action: h.action,
      data: { from: h.from_status, to: h.to_status, reason: h.reason },
      ...(changesBySeq.has(h.audit_seq) ? { changes: changesBySeq.get(h.audit_seq) } : {}),
    })),
  };
}
