/** The inbox reads requests in pages of this many rows ('requests.list' offset/limit). */
export const PAGE_SIZE = 100;

/** The page that holds the row at `index`. */
export function pageOf(index: number): number {
  return Math.floor(index / PAGE_SIZE);
}

/**
 * The pages needed to show rows `first`..`last` (inclusive) of a list of `total` rows,
 * clamped to the pages that exist.
 */
export function pagesForRange(first: number, last: number, total: number): number[] {
  if (total <= 0 || last < first) return [];
  const lastPage = pageOf(total - 1);
  const from = Math.min(Math.max(0, pageOf(first)), lastPage);
  const to = Math.min(Math.max(0, pageOf(last)), lastPage);
  const pages: number[] = [];
  for (let page = from; page <= to; page += 1) pages.push(page);
  return pages;
}

/** The row at `index`, when its page has been loaded. */
export function rowAt<T>(pages: Readonly<Record<number, readonly T[]>>, index: number): T | undefined {
  return pages[pageOf(index)]?.[index % PAGE_SIZE];
}

/** How many pages the inbox keeps in memory: enough to scroll back without a reload, never all 1,000 of 100,000 rows. */
export const MAX_PAGES = 40;

/** Drops the loaded pages farthest from `page` once more than MAX_PAGES are held. */
export function keepNear<T>(pages: Record<number, T>, page: number): Record<number, T> {
  const held = Object.keys(pages).map(Number);
  if (held.length <= MAX_PAGES) return pages;
  const kept: Record<number, T> = {};
  for (const near of held.sort((a, b) => Math.abs(a - page) - Math.abs(b - page)).slice(0, MAX_PAGES)) {
    const rows = pages[near];
    if (rows !== undefined) kept[near] = rows;
  }
  return kept;
}
