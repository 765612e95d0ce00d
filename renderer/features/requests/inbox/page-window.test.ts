import { describe, expect, it } from 'vitest';
import { keepNear, MAX_PAGES, PAGE_SIZE, pageOf, pagesForRange, rowAt } from './page-window';

describe('page window', () => {
  it('maps a row index to its page', () => {
    expect(pageOf(0)).toBe(0);
    expect(pageOf(PAGE_SIZE - 1)).toBe(0);
    expect(pageOf(PAGE_SIZE)).toBe(1);
    expect(pageOf(99_999)).toBe(999);
  });

  it('lists the pages a visible range spans, clamped to the list', () => {
    expect(pagesForRange(0, 20, 5)).toEqual([0]);
    expect(pagesForRange(95, 130, 2_000)).toEqual([0, 1]);
    expect(pagesForRange(1_990, 2_050, 2_000)).toEqual([19]);
    expect(pagesForRange(0, 10, 0)).toEqual([]);
    expect(pagesForRange(10, 5, 100)).toEqual([]);
  });

  it('finds a row only when its page is loaded', () => {
    const pages = { 1: Array.from({ length: PAGE_SIZE }, (_, i) => PAGE_SIZE + i) };
    expect(rowAt(pages, 150)).toBe(150);
    expect(rowAt(pages, 50)).toBeUndefined();
  });

  it('keeps only the pages nearest the one in view', () => {
    const pages = Object.fromEntries(Array.from({ length: MAX_PAGES + 10 }, (_, p) => [p, p]));
    const kept = keepNear(pages, 0);
    expect(Object.keys(kept)).toHaveLength(MAX_PAGES);
    expect(kept[0]).toBe(0);
    expect(kept[MAX_PAGES + 9]).toBeUndefined();
    expect(keepNear({ 1: 'a' }, 5)).toEqual({ 1: 'a' });
  });
});
