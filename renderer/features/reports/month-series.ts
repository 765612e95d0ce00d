/** One month of the chart: its key (YYYY-MM), the count per type and the total. */
export interface MonthBar {
  month: string;
  counts: Record<string, number>;
  total: number;
}

/** Every month from `from` to `to` (YYYY-MM-DD), so months without requests show as empty bars. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (let guard = 0; guard < 240; guard += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The report's requests per month, with the types in a fixed order (most requests first). */
export function monthSeries(perMonth: Record<string, Record<string, number>>, from: string, to: string): { bars: MonthBar[]; types: string[]; max: number } {
  const totals = new Map<string, number>();
  for (const counts of Object.values(perMonth)) for (const [type, count] of Object.entries(counts)) totals.set(type, (totals.get(type) ?? 0) + count);
  const types = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([type]) => type);
  const bars = monthsBetween(from, to).map((month) => {
    const counts = perMonth[month] ?? {};
    return { month, counts, total: Object.values(counts).reduce((sum, count) => sum + count, 0) };
  });
  return { bars, types, max: Math.max(0, ...bars.map((bar) => bar.total)) };
}
