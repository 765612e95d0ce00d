export type { AuditIntegrity, AuditReport, BreachFigures, RequestFigures, Share } from '../../shared/reports';

/** Progress of a long report: which stage and how far. */
export type ReportProgress = (stage: 'requests' | 'breaches' | 'integrity' | 'paging' | 'writing', done: number, total: number) => void;
