/** One bar of the chart: its label and the count of each series, in series order. */
export interface ChartBucket {
  key: string;
  values: number[];
}

/** The stacked bars: series (request types, the smallest merged into "other") and buckets (months or years). */
export interface ChartData {
  unit: 'month' | 'year';
  series: { key: string; other: boolean }[];
  buckets: ChartBucket[];
  max: number;
}

/** More than this many months are shown as years, so the bars stay readable. */
const MAX_MONTHS = 36;
/** The largest types get their own colour; the rest are summed as "other types". */
const MAX_SERIES = 6;

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

/**
 * Requests per month by type, as stacked bars: every month from the first with a request to
 * the last (empty ones included), or every year when that is more than three years; the six
 * largest types by name and the rest as one "other" series. Null when there is nothing to draw.
 */
export function chartData(perMonth: Record<string, Record<string, number>>): ChartData | null {
  const months = Object.keys(perMonth).sort();
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return null;
  const all = monthsBetween(first, last);
  const unit = all.length > MAX_MONTHS ? 'year' : 'month';
  const keys = unit === 'month' ? all : [...new Set(all.map((m) => m.slice(0, 4)))];
  const totals: Record<string, number> = {};
  for (const counts of Object.values(perMonth)) for (const [type, n] of Object.entries(counts)) totals[type] = (totals[type] ?? 0) + n;
  const ranked = Object.keys(totals).sort((a, b) => (totals[b] ?? 0) - (totals[a] ?? 0) || a.localeCompare(b));
  const named = ranked.length > MAX_SERIES ? ranked.slice(0, MAX_SERIES - 1) : ranked;
  const hasOther = ranked.length > named.length;
  const series = [...named.map((key) => ({ key, other: false })), ...(hasOther ? [{ key: 'other', other: true }] : [])];
  const buckets = keys.map((key) => {
    const values = series.map(() => 0);
    for (const [month, counts] of Object.entries(perMonth)) {
      if (!month.startsWith(key)) continue;
      for (const [type, n] of Object.entries(counts)) {
        const index = named.indexOf(type);
        const slot = index >= 0 ? index : series.length - 1;
        values[slot] = (values[slot] ?? 0) + n;
      }
    }
    return { key, values };
  });
  const max = Math.max(...buckets.map((b) => b.values.reduce((sum, v) => sum + v, 0)));
  return { unit, series, buckets, max };
}

/** A round step for the value axis, giving at most `ticks` intervals up to `max`. */
export function niceStep(max: number, ticks = 5): number {
  if (max <= 0) return 1;
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? 10 * power;
  return Math.max(1, step);
}
