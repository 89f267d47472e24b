import { describe, expect, it } from 'vitest';
import { laterPagesToPrerender, pageCount, pageWindow, paginate, parsePageParam } from '@/lib/content/pagination';

const items = Array.from({ length: 45 }, (_, i) => i + 1);

describe('paginate', () => {
  it('splits a listing into pages of the given size, in order', () => {
    expect(paginate(items, 1, 20)).toEqual({
      items: items.slice(0, 20),
      page: 1,
      totalPages: 3,
      totalItems: 45,
      pageSize: 20,
    });
    expect(paginate(items, 2, 20)?.items).toEqual(items.slice(20, 40));
    expect(paginate(items, 3, 20)?.items).toEqual([41, 42, 43, 44, 45]);
  });

  it('has no page past the last, nor before the first', () => {
    expect(paginate(items, 4, 20)).toBeUndefined();
    expect(paginate(items, 0, 20)).toBeUndefined();
    expect(paginate(items, -1, 20)).toBeUndefined();
    expect(paginate(items, 1.5, 20)).toBeUndefined();
  });

  it('ends exactly on a full last page', () => {
    const forty = items.slice(0, 40);
    expect(paginate(forty, 2, 20)?.items).toHaveLength(20);
    expect(paginate(forty, 3, 20)).toBeUndefined();
  });

  it('always has a first page, empty for an empty listing', () => {
    expect(paginate([], 1, 20)).toEqual({ items: [], page: 1, totalPages: 1, totalItems: 0, pageSize: 20 });
    expect(paginate([], 2, 20)).toBeUndefined();
  });

  it('rejects a page size below 1', () => {
    expect(() => paginate(items, 1, 0)).toThrow(/page size/);
    expect(() => pageCount(3, 2.5)).toThrow(/page size/);
  });
});

describe('parsePageParam', () => {
  it('reads canonical page numbers from 2 up', () => {
    expect(parsePageParam('2')).toEqual({ kind: 'page', page: 2 });
    expect(parsePageParam('120')).toEqual({ kind: 'page', page: 120 });
  });

  it('sends page 1 to the listing’s own address', () => {
    expect(parsePageParam('1')).toEqual({ kind: 'first' });
  });

  it('rejects anything that is not a page number as we write them', () => {
    for (const param of ['0', '01', '-1', '2.0', '1e3', 'two', '', ' 2', '9999999']) {
      expect(parsePageParam(param), param).toEqual({ kind: 'invalid' });
    }
  });
});

describe('pageWindow', () => {
  it('lists every page when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the first, the last and two either side of the current page, with gaps', () => {
    expect(pageWindow(8, 15)).toEqual([1, 'gap', 6, 7, 8, 9, 10, 'gap', 15]);
    expect(pageWindow(1, 15)).toEqual([1, 2, 3, 'gap', 15]);
    expect(pageWindow(15, 15)).toEqual([1, 'gap', 13, 14, 15]);
  });

  it('writes a lone missing page as its number rather than a gap', () => {
    expect(pageWindow(5, 15)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 15]);
  });

  it('stays bounded however many pages there are', () => {
    expect(pageWindow(5_000, 10_000).length).toBeLessThanOrEqual(9);
  });
});

describe('laterPagesToPrerender', () => {
  it('prerenders pages 2 up to the limit, never past the last page', () => {
    expect(laterPagesToPrerender(1, 3)).toEqual([]);
    expect(laterPagesToPrerender(2, 3)).toEqual([2]);
    expect(laterPagesToPrerender(15, 3)).toEqual([2, 3, 4]);
    expect(laterPagesToPrerender(15, 0)).toEqual([]);
  });
});
