import { HttpErrorResponse } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Page } from '@sce/shared-contracts';
import { Subject, type Observable } from 'rxjs';
import { KeysetList } from './keyset-list';

interface Item {
  id: string;
  name: string;
}

interface Call {
  query: string;
  cursor: string | null;
  response: Subject<Page<Item>>;
}

@Injectable()
class Host {
  readonly calls: Call[] = [];
  readonly list = new KeysetList<Item, string>((query, cursor) => {
    const response = new Subject<Page<Item>>();
    this.calls.push({ query, cursor, response });
    return response as Observable<Page<Item>>;
  });
}

const item = (n: number): Item => ({ id: `id-${n}`, name: `Item ${n}` });

function answer(call: Call | undefined, items: Item[], next: string | null) {
  call?.response.next({ items, nextCursor: next });
  call?.response.complete();
}

describe('KeysetList', () => {
  let host: Host;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [Host] });
    host = TestBed.inject(Host);
  });

  it('starts idle and empty', () => {
    expect(host.list.status()).toBe('idle');
    expect(host.list.items()).toEqual([]);
    expect(host.list.hasMore()).toBe(false);
    host.list.reload(); // nothing loaded yet: nothing to reload
    expect(host.calls).toHaveLength(0);
  });

  it('loads the first page for a query, then more with the cursor, without duplicates', () => {
    host.list.load('q');
    expect(host.list.status()).toBe('loading');
    expect(host.calls[0]).toMatchObject({ query: 'q', cursor: null });
    answer(host.calls[0], [item(1), item(2)], 'c2');
    expect(host.list.status()).toBe('loaded');
    expect(host.list.hasMore()).toBe(true);

    host.list.loadMore();
    host.list.loadMore(); // ignored while a page loads
    expect(host.calls).toHaveLength(2);
    expect(host.calls[1]).toMatchObject({ query: 'q', cursor: 'c2' });
    expect(host.list.loadingMore()).toBe(true);
    answer(host.calls[1], [item(2), item(3)], null);

    expect(host.list.items().map((i) => i.id)).toEqual([
      'id-1',
      'id-2',
      'id-3',
    ]);
    expect(host.list.hasMore()).toBe(false);
    host.list.loadMore();
    expect(host.calls).toHaveLength(2);
  });

  it('drops the old items and ignores the old answer when the query changes', () => {
    host.list.load('a');
    host.list.load('b');
    expect(host.list.items()).toEqual([]);
    answer(host.calls[0], [item(1)], null);
    expect(host.list.items()).toEqual([]);
    answer(host.calls[1], [item(2)], null);
    expect(host.list.items()).toEqual([item(2)]);
    expect(host.list.query()).toBe('b');

    host.list.reload();
    expect(host.calls[2]).toMatchObject({ query: 'b', cursor: null });
  });

  it('keeps the problem details of a failed first page', () => {
    host.list.load('bad');
    host.calls[0].response.error(
      new HttpErrorResponse({
        status: 400,
        error: {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: 'The request is not valid.',
          code: 'VALIDATION_FAILED',
          errors: [{ field: 'query.actorId', message: 'must be a user id' }],
        },
      }),
    );
    expect(host.list.status()).toBe('error');
    expect(host.list.problem()?.errors?.[0]?.field).toBe('query.actorId');
  });

  it('keeps what it has when loading more fails', () => {
    host.list.load('q');
    answer(host.calls[0], [item(1)], 'c1');
    host.list.loadMore();
    host.calls[1].response.error(new Error('offline'));
    expect(host.list.items()).toEqual([item(1)]);
    expect(host.list.loadMoreFailed()).toBe(true);
    expect(host.list.hasMore()).toBe(true);
  });

  it('replaces and inserts items in place', () => {
    host.list.load('q');
    answer(host.calls[0], [item(1), item(3)], null);
    host.list.replace({ id: 'id-3', name: 'Changed' });
    host.list.insert(item(2), 1);
    host.list.insert(item(1), 0); // already there
    host.list.insert(item(9), 99);
    expect(host.list.items()).toEqual([
      item(1),
      item(2),
      { id: 'id-3', name: 'Changed' },
      item(9),
    ]);
  });

  it('removes an item by id', () => {
    host.list.load('q');
    answer(host.calls[0], [item(1), item(2)], null);
    host.list.remove('id-1');
    host.list.remove('id-404');
    expect(host.list.items()).toEqual([item(2)]);
  });
});
