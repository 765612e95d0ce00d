import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Activity, DpiaScreening, DpiaStatus, ParsedDpiaScreening } from '../../shared/registers';
import { dpiaIndicated } from '../../shared/pure/dpia-indicated';
import { appendAuditEvent } from '../audit/append-audit-event';
import { getActivity } from './activities';

/** The activity's DPIA status after a screening: a required DPIA already on file counts as completed. */
export function statusAfterScreening(screening: Pick<DpiaScreening, 'outcome' | 'dpiaFile'>): DpiaStatus {
  if (screening.outcome === 'not-required') return 'not-required';
  return screening.dpiaFile ? 'completed' : 'required';
}

/** Records a DPIA screening of one activity (replacing the last one) and its status, audited. */
export async function screenActivity(db: Kysely<Database>, idOrReference: string, input: ParsedDpiaScreening, actor: string, now: Date): Promise<Activity> {
  const activity = await getActivity(db, idOrReference);
  const screening: DpiaScreening = {
    criteria: input.criteria,
    garanteItems: input.garanteItems,
    outcome: input.outcome,
    indicated: dpiaIndicated(input.criteria, input.garanteItems),
    screenedOn: input.screenedOn,
    rationale: input.rationale,
    dpiaFile: input.dpiaFile ?? null,
  };
  const status = statusAfterScreening(screening);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('register_activities')
      .set({ dpia_screening: JSON.stringify(screening), dpia_status: status, updated_at: now.toISOString() })
      .where('id', '=', activity.id)
      .execute();
    await appendAuditEvent(
      trx,
      {
        actor,
        action: 'register.dpia-screened',
        entityType: 'register-activity',
        entityId: activity.id,
        data: { reference: activity.reference, criteria: screening.criteria, garanteItems: screening.garanteItems, indicated: screening.indicated, outcome: screening.outcome, status, screenedOn: screening.screenedOn },
      },
      now,
    );
  });
  return getActivity(db, activity.id);
}
