import { daysBetween } from '../deadlines';
import { civilDateInZone } from '../deadlines';
import type { RequestFigures } from './audit-report-types';
import type { ProcessorForwardLate } from '../../shared/reports';
import { median, percentile, share, tally } from './statistics';
import { parseJsonText } from '../../../db/json-text';
import type { RequestRow } from '../../../db/schema';
import type { RequestRegisterRow } from './build-audit-report';
import { extensionInEffect } from '../requests/request-deadlines';

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
  | 'legal_extended_due'
  | 'org_due'
  | 'extended_at'
  | 'outcome'
  | 'refusal_ground'
  | 'identity_outcome'
  | 'reference'
  | 'legal_days_late'
  | 'org_days_late'
> & Pick<RequestRegisterRow, 'client_id' | 'client_name' | 'forward_by' | 'forwarded_on'>;

type Bucket = { received: number; closed: number; open: number; overdue: number };
const bucket = (): Bucket => ({ received: 0, closed: 0, open: 0, overdue: 0 });

/**
 * Accumulates the request figures one row at a time, so a report over 100,000 requests reads
 * them in pages and never holds the register in memory (only one number per answered request).
 * `asOf` is the date open requests are judged overdue against.
 */
export class RequestFiguresBuilder {
  private readonly figures: Omit<RequestFigures, 'withinLegalDeadline' | 'withinCommitment' | 'daysToRespond' | 'asProcessor'> = {
    received: 0, closed: 0, open: 0, overdue: 0, overdueCommitment: 0, byType: {}, byRegime: {}, byRole: { controller: bucket(), processor: bucket() }, extensions: 0, refusalsByGround: {}, noDataHeld: 0, identityVerificationFailures: 0, perMonth: {}, late: [], openOverdue: [],
  };
  private readonly processor = { received: 0, judged: 0, inTime: 0, noAgreedTime: 0, late: [] as ProcessorForwardLate[] };
  private readonly days: number[] = [];
  private answered = 0;
  private inTime = 0;
  private withCommitment = 0;
  private keptCommitment = 0;

  constructor(private readonly asOf: string) {}

  add(row: RequestFactsRow): void {
    const f = this.figures;
    const types = parseJsonText(row.types);
    // A request handled as processor is the client's to answer (Art. 12(3) binds the controller): ours is to forward it within
    // the agreement's time (Art. 28(3)(e) GDPR), so it is judged on that alone, never against the law's or our commitment's date.
    const asProcessor = row.client_id !== null;
    const overdue = !asProcessor && row.is_open === 1 && row.legal_binding_due !== null && row.legal_binding_due < this.asOf;
    const forwardLate = asProcessor ? this.addForwarding(row) : false;
    const groups = [...types.map((t) => (f.byType[t] ??= bucket())), (f.byRegime[row.regime] ??= bucket())];
    for (const g of [f, ...groups, f.byRole[asProcessor ? 'processor' : 'controller']]) {
      g.received += 1;
      if (row.is_open === 1) g.open += 1;
      else g.closed += 1;
      if (overdue) g.overdue += 1;
    }
    if (forwardLate && row.is_open === 1) f.byRole.processor.overdue += 1;
    const month = row.received_date.slice(0, 7);
    for (const type of types) tally((f.perMonth[month] ??= {}), type);
    // An extension counts once it took effect: its notice recorded sent within the first period (review 6, F13).
    if (extensionInEffect(row) === true) f.extensions += 1;
    if (row.refusal_ground) tally(f.refusalsByGround, row.refusal_ground);
    if (row.outcome === 'no-data-held') f.noDataHeld += 1;
    if (row.identity_outcome === 'failed') f.identityVerificationFailures += 1;
    if (asProcessor) return;
    if (overdue && row.legal_binding_due !== null) {
      f.openOverdue.push({ reference: row.reference, regime: row.regime, status: row.status, received: row.received_date, legalDue: row.legal_binding_due, daysOverdue: daysBetween(row.legal_binding_due, this.asOf), extensionInEffect: extensionInEffect(row) });
    }
    if (row.is_open === 1 && row.org_due !== null && row.org_due < this.asOf) f.overdueCommitment += 1;
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
        extensionInEffect: extensionInEffect(row),
      });
    }
  }

  /**
   * Judges a processor request's forwarding against the agreement's date: forwarded by then, forwarded after it, or not yet
   * forwarded once it has passed (judged on the report's date). Returns whether it is late.
   */
  private addForwarding(row: RequestFactsRow): boolean {
    const p = this.processor;
    p.received += 1;
    if (row.forward_by === null) {
      p.noAgreedTime += 1;
      return false;
    }
    const until = row.forwarded_on ?? (row.forward_by < this.asOf ? this.asOf : null);
    if (until === null) return false;
    p.judged += 1;
    if (until <= row.forward_by) {
      p.inTime += 1;
      return false;
    }
    p.late.push({ reference: row.reference, client: row.client_name ?? '', forwardBy: row.forward_by, forwardedOn: row.forwarded_on, daysLate: daysBetween(row.forward_by, until) });
    return true;
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
      openOverdue: [...this.figures.openOverdue].sort((a, b) => a.reference.localeCompare(b.reference)),
      asProcessor: {
        received: this.processor.received,
        forwardedInTime: share(this.processor.inTime, this.processor.judged),
        noAgreedTime: this.processor.noAgreedTime,
        late: [...this.processor.late].sort((a, b) => a.reference.localeCompare(b.reference)),
      },
      withinLegalDeadline: share(this.inTime, this.answered),
      withinCommitment: share(this.keptCommitment, this.withCommitment),
      daysToRespond: { median: median(this.days), p90: percentile(this.days, 90) },
    };
  }
}
