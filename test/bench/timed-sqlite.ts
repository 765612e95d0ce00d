import type Sqlite from 'better-sqlite3-multiple-ciphers';
import type { SqliteDatabase } from '../../db/connection';

type Statement = Sqlite.Statement<unknown[], unknown>;

/** The CPU time spent inside SQLite's statements (running them, stepping their rows), in milliseconds: a loaded machine inflates the elapsed time, not this. */
export interface SqliteClock {
  ms: number;
}

/** CPU microseconds of the process so far. */
function cpuUs(): number {
  const used = process.cpuUsage();
  return used.user + used.system;
}

function timedIterator(inner: IterableIterator<unknown>, clock: SqliteClock): IterableIterator<unknown> {
  const step = <T>(run: () => T): T => {
    const start = cpuUs();
    try {
      return run();
    } finally {
      clock.ms += (cpuUs() - start) / 1000;
    }
  };
  const iterator: IterableIterator<unknown> = {
    next: () => step(() => inner.next()),
    return: (value?: unknown) => step(() => inner.return?.(value) ?? { done: true, value }),
    [Symbol.iterator]: () => iterator,
  };
  return iterator;
}

function timedStatement(statement: Statement, clock: SqliteClock): Statement {
  return new Proxy(statement, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (property === 'iterate') return (...args: unknown[]) => timedIterator(method.apply(target, args) as IterableIterator<unknown>, clock);
      if (property !== 'all' && property !== 'get' && property !== 'run') return method.bind(target);
      return (...args: unknown[]) => {
        const start = cpuUs();
        try {
          return method.apply(target, args);
        } finally {
          clock.ms += (cpuUs() - start) / 1000;
        }
      };
    },
  });
}

/**
 * The connection as it is, but every statement it prepares counts the time SQLite spends in
 * it on `clock` (CPU time): how much of a workload (the audit report as PDF) is the database's reading
 * (page decryption included) rather than the JavaScript around it.
 */
export function timedSqlite(sqlite: SqliteDatabase, clock: SqliteClock): SqliteDatabase {
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property === 'prepare') return (source: string) => timedStatement(target.prepare(source), clock);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
