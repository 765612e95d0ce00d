import { daysBetween } from '../deadlines';
import { civilDateInZone } from '../deadlines';
import type { RequestFigures } from './audit-report-types';
import { median, percentile, share, tally } from './statistics';
import { parseJsonText } from '../../../db/json-text';
import type { RequestRow } from '../../../db/schema';

/** The columns the request figures read. */
export type RequestFactsRow = Pick<
  RequestRow,
  | 'regime'
  | 'types'
  | 'status'
  | 'is_open'
  | 'received_date'
  | 'time_zone'
  | 'closed_at'
  | 'legal_binding_due'
  | 'org_due'
  | 'extended_at'
  | 'outcome'
  | 'refusal_ground'
  | 'identity_outcome'
  | 'reference'
  | 'legal_days_late'
  | 'org_days_late'
> & { client_id: string | null };

type Bucket = { received: number; closed: number; open: number; overdue: number };
const bucket = (): Bucket => ({ received: 0, closed: 0, open: 0, overdue: 0 });

/**
 * Accumulates the request figures one row at a time, so a report over 100,000 requests reads
 * them in pages and never holds the register in memory (only one number per answered request).
 * `asOf` is the date open requests are judged overdue against.
 */
export class RequestFiguresBuilder {
  private readonly figures: Omit<RequestFigures, 'withinLegalDeadline' | 'withinCommitment' | 'daysToRespond'> = {
    received: 0, closed: 0, open: 0, overdue: 0, overdueCommitment: 0, byType: {}, byRegime: {}, byRole: { controller: bucket(), processor: bucket() }, extensions: 0, refusalsByGround: {}, noDataHeld: 0, identityVerificationFailures: 0, perMonth: {}, late: [],
  };
  private readonly days: number[] = [];
  private answered = 0;
  private inTime = 0;
  private withCommitment = 0;
  private keptCommitment = 0;

  constructor(private readonly asOf: string) {}

  add(row: RequestFactsRow): void {
    const f = this.figures;
    const types = parseJsonText(row.types);
    const overdue = row.is_open === 1 && row.legal_binding_due !== null && row.legal_binding_due < this.asOf;
    const groups = [...types.map((t) => (f.byType[t] ??= bucket())), (f.byRegime[row.regime] ??= bucket()), f.byRole[row.client_id === null ? 'controller' : 'processor']];
    for (const g of [f, ...groups]) {
      g.received += 1;
      if (row.is_open === 1) g.open += 1;
      else g.closed += 1;
      if (overdue) g.overdue += 1;
    }
    const month = row.received_date.slice(0, 7);
    for (const type of types) tally((f.perMonth[month] ??= {}), type);
    if (row.extended_at) f.extensions += 1;
    if (row.is_open === 1 && row.org_due !== null && row.org_due < this.asOf) f.overdueCommitment += 1;
    if (row.refusal_ground) tally(f.refusalsByGround, row.refusal_ground);
    if (row.outcome === 'no-data-held') f.noDataHeld += 1;
    if (row.identity_outcome === 'failed') f.identityVerificationFailures += 1;
    if (row.status === 'responded' && row.closed_at) this.addAnswer(row, civilDateInZone(row.closed_at, row.time_zone));
    if (row.is_open === 0 && row.closed_at && ((row.legal_days_late ?? 0) > 0 || (row.org_days_late ?? 0) > 0)) {
      f.late.push({
        reference: row.reference,
        regime: row.regime,
        status: row.status,
        received: row.received_date,
        answeredOn: civilDateInZone(row.closed_at, row.time_zone),
        legalDue: row.legal_binding_due,
        legalDaysLate: row.legal_days_late,
        organisationDue: row.org_due,
        commitmentDaysLate: row.org_days_late,
      });
    }
  }

  private addAnswer(row: RequestFactsRow, answeredOn: string): void {
    this.answered += 1;
    this.days.push(daysBetween(row.received_date, answeredOn));
    if (row.legal_binding_due === null || answeredOn <= row.legal_binding_due) this.inTime += 1;
    if (row.org_due !== null) {
      this.withCommitment += 1;
      if (answeredOn <= row.org_due) this.keptCommitment += 1;
    }
  }

  result(): RequestFigures {
    return {
      ...this.figures,
      late: [...this.figures.late].sort((a, b) => a.reference.localeCompare(b.reference)),
      withinLegalDeadline: share(this.inTime, this.answered),
      withinCommitment: share(this.keptCommitment, this.withCommitment),
      daysToRespond: { median: median(this.days), p90: percentile(this.days, 90) },
    };
  }
}
