import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { formatCount } from '../format';
import { useRequestsView } from '../view-store';
import { inboxScroll, useInboxStore } from './inbox-store';
import { rowAt } from './page-window';
import { RequestRow, RowPlaceholder } from './request-row';

/** Fixed row height: every row has the same two lines, so nothing needs measuring. */
export const ROW_HEIGHT = 60;
const LOAD_DELAY_MS = 60;

const KEY_STEPS: Record<string, (index: number, total: number, page: number) => number> = {
  ArrowDown: (i, total) => Math.min(total - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  PageDown: (i, total, page) => Math.min(total - 1, i + page),
  PageUp: (i, _total, page) => Math.max(0, i - page),
  Home: () => 0,
  End: (_i, total) => total - 1,
};

/**
 * The inbox list, virtualised: only the rows in view (plus a margin) are in the DOM, and
 * pages of 100 are read from the vault as they come into view, so 100,000 requests scroll
 * as smoothly as ten. Arrow keys, Page Up/Down, Home and End move between rows.
 */
export function RequestList() {
  const { t } = useTranslation();
  const language = useLanguage();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const total = useInboxStore((store) => store.total) ?? 0;
  const pages = useInboxStore((store) => store.pages);
  const resultSet = useInboxStore((store) => store.resultSet);
  const ensureRows = useInboxStore((store) => store.ensureRows);
  const showRequest = useRequestsView((store) => store.showRequest);

  // The virtualizer keeps mutable state by design; it is read during render, as its docs show.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialOffset: inboxScroll.get,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  /** Pages are read once the view settles for a moment, so dragging the scrollbar across 100,000 rows reads only where it stops. */
  useEffect(() => {
    if (total === 0) return;
    const timer = window.setTimeout(() => ensureRows(first, last), LOAD_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [first, last, total, pages, ensureRows]);

  /** A new result set (the filters changed) starts at the top; coming back from a request keeps the place. */
  const shownResultSet = useRef(resultSet);
  useEffect(() => {
    if (shownResultSet.current === resultSet) return;
    shownResultSet.current = resultSet;
    scrollerRef.current?.scrollTo({ top: 0 });
  }, [resultSet]);

  /** The row the keyboard moved to; focused as soon as it is rendered with its data (its page may still be loading). */
  const pendingFocus = useRef<number | null>(null);
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = scrollerRef.current?.querySelector<HTMLElement>(`button.request-row[data-index="${index}"]`);
    if (!row) return;
    pendingFocus.current = null;
    row.focus();
  });

  const focusRow = (index: number) => {
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const row = scrollerRef.current?.querySelector<HTMLElement>(`button.request-row[data-index="${index}"]`);
    pendingFocus.current = row ? null : index;
    row?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const step = KEY_STEPS[event.key];
    const current = (event.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset.index;
    if (!step || current === undefined || total === 0) return;
    event.preventDefault();
    const perPage = Math.max(1, Math.floor((scrollerRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    focusRow(step(Number(current), total, perPage));
  };

  return (
    <div className="request-list">
      <div className="request-list-head" aria-hidden="true">
        <span className="cell cell-reference">{t('requests.list.columns.reference')}</span>
        <span className="cell cell-subject">{t('requests.list.columns.subject')}</span>
        <span className="cell cell-kind">{t('requests.list.columns.kind')}</span>
        <span className="cell cell-status">{t('requests.list.columns.status')}</span>
        <span className="cell cell-due">{t('requests.list.columns.due')}</span>
        <span className="cell cell-days">{t('requests.list.columns.daysLeft')}</span>
      </div>
      <div
        ref={scrollerRef}
        className="request-list-scroller"
        onScroll={(event) => inboxScroll.set(event.currentTarget.scrollTop)}
        data-total={total}
      >
        <ul
          className="request-list-rows"
          aria-label={`${t('requests.list.label')} (${formatCount(total, language)})`}
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={onKeyDown}
        >
          {items.map((item) => {
            const request = rowAt(pages, item.index);
            return (
              <li
                // Keyed by the request, not the row's place: a row read while a new result set arrives is never re-used for another request.
                key={request ? request.id : `loading-${item.index}`}
                className="request-list-item"
                aria-setsize={total}
                aria-posinset={item.index + 1}
                style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              >
                {request ? <RequestRow request={request} index={item.index} onOpen={showRequest} /> : <RowPlaceholder index={item.index} />}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
