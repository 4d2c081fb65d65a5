import { worklistLabels } from './labels';

interface PagerProps {
  page: number;
  pageSize: number;
  shown: number;
  hasMore: boolean;
  onPage(page: number): void;
}

/** Previous / next page of the worklist, with the range on display. */
export function Pager({ page, pageSize, shown, hasMore, onPage }: PagerProps) {
  if (page === 0 && !hasMore) return null;
  const from = page * pageSize + 1;
  return (
    <nav className="pager" aria-label={worklistLabels.paging.label}>
      <span className="pager__range">
        {worklistLabels.paging.range(from, from + Math.max(shown, 1) - 1)}
      </span>
      <button
        type="button"
        className="button button--secondary"
        disabled={page === 0}
        onClick={() => onPage(page - 1)}
      >
        {worklistLabels.paging.previous}
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={!hasMore}
        onClick={() => onPage(page + 1)}
      >
        {worklistLabels.paging.next}
      </button>
      <span className="pager__keys muted">{worklistLabels.paging.keys}</span>
    </nav>
  );
}
