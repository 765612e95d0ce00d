import type { Migration, MigrationProvider } from 'kysely/migration';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-requests';
import * as m0003 from './0003-breaches';
import * as m0004 from './0004-documents';
import * as m0005 from './0005-deadlines';
import * as m0006 from './0006-request-status-check';
import * as m0007 from './0007-case-record';
import * as m0008 from './0008-letter-dispatch';
import * as m0009 from './0009-registers';
import * as m0010 from './0010-notice-phases';
import * as m0013 from './0013-audit-states';
import * as m0018 from './0018-clients-and-roles';
import * as m0020 from './0020-pending-ack-index';
import * as m0021 from './0021-no-data-held-outcome';
import * as m0022 from './0022-case-versions';
import * as m0026 from './0026-note-corrections';
import * as m0029 from './0029-letter-draft-versions';
import * as m0030 from './0030-nis2-progress-report';
import * as m0031 from './0031-history-case-order';
import * as m0032 from './0032-nis2-report-references';
import * as m0033 from './0033-subjects-order';
import * as m0034 from './0034-request-register-index';

/**
 * Every migration, in order, listed by hand: no folder scanning, so the bundle and the
 * packaged app carry exactly these. Names sort in the order they run.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-requests': m0002,
  '0003-breaches': m0003,
  '0004-documents': m0004,
  '0005-deadlines': m0005,
  '0006-request-status-check': m0006,
  '0007-case-record': m0007,
  '0008-letter-dispatch': m0008,
  '0009-registers': m0009,
  '0010-notice-phases': m0010,
  '0013-audit-states': m0013,
  '0018-clients-and-roles': m0018,
  '0020-pending-ack-index': m0020,
  '0021-no-data-held-outcome': m0021,
  '0022-case-versions': m0022,
  '0026-note-corrections': m0026,
  '0029-letter-draft-versions': m0029,
  '0030-nis2-progress-report': m0030,
  '0031-history-case-order': m0031,
  '0032-nis2-report-references': m0032,
  '0033-subjects-order': m0033,
  '0034-request-register-index': m0034,
};

export const staticMigrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
