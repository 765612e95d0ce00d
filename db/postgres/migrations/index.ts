import type { Migration, MigrationProvider } from 'kysely/migration';
import * as t0001 from './0001-team-schema';
import * as t0002 from './0002-team-roles';
import * as t0003 from './0003-team-cases';
import * as t0004 from './0004-case-versions';
import * as t0005 from './0005-team-keys';
import * as t0006 from './0006-note-corrections';
import * as t0008 from './0008-draft-versions-report-events';
import * as t0009 from './0009-nis2-progress-report';
import * as t0010 from './0010-nis2-report-references';
import * as t0011 from './0011-subjects-order';
import * as t0012 from './0012-request-register-order';

/** The team database's migrations, in order (PostgreSQL's own: the SQL differs from the vault's). */
export const postgresMigrations: Record<string, Migration> = {
  '0001-team-schema': t0001,
  '0002-team-roles': t0002,
  '0003-team-cases': t0003,
  '0004-case-versions': t0004,
  '0005-team-keys': t0005,
  '0006-note-corrections': t0006,
  '0008-draft-versions-report-events': t0008,
  '0009-nis2-progress-report': t0009,
  '0010-nis2-report-references': t0010,
  '0011-subjects-order': t0011,
  '0012-request-register-order': t0012,
};

export const postgresMigrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(postgresMigrations),
};
