import { join } from 'node:path';
import { round } from './measure';
import { uiWorkload } from './ui-workload';

/**
 * The UI figures at the scale the environment asks for: `BENCH_UI_REQUESTS` (default
 * `BENCH_ROWS`, else 100,000), `BENCH_UI_BREACHES` (1,000), `BENCH_UI_EVENTS` (1,000,000),
 * `BENCH_UI_RUNS` (5 per figure). `BENCH_UI=0` leaves them out.
 */
export async function uiBench(dir: string, passphrase: string, progress: (message: string) => void): Promise<Record<string, number>> {
  if (process.env.BENCH_UI === '0') return {};
  const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
  const requests = env('BENCH_UI_REQUESTS', env('BENCH_ROWS', 100_000));
  const scale = { requests, breaches: env('BENCH_UI_BREACHES', 1_000), events: env('BENCH_UI_EVENTS', 1_000_000) };
  progress(`ui: a vault of ${scale.requests} requests, ${scale.breaches} breaches, ${scale.events} audit events…`);
  const figures = await uiWorkload(join(dir, 'ui'), scale, passphrase, env('BENCH_UI_RUNS', 5), progress);
  return Object.fromEntries(Object.entries(figures).map(([name, value]) => [name, round(value, 1)]));
}
