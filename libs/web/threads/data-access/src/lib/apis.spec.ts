import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { THREAD_ID, aThread, uuid } from './fixtures.spec-helper';
import { PostsApi } from './posts.api';
import { ThreadsApi } from './threads.api';

describe('ThreadsApi and PostsApi', () => {
  let http: HttpTestingController;
  let threads: ThreadsApi;
  let posts: PostsApi;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    threads = TestBed.inject(ThreadsApi);
    posts = TestBed.inject(PostsApi);
  });

  afterEach(() => {
    http.verify();
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('lists a community’s threads with the filters and the cursor', () => {
    threads
      .list('open-data', { kind: 'question', tag: 'open data' }, 'c1')
      .subscribe();
    const request = http.expectOne(
      (r) => r.url === '/api/communities/open-data/threads',
    );
    expect(request.request.params.get('kind')).toBe('question');
    expect(request.request.params.get('tag')).toBe('open data');
    expect(request.request.params.get('cursor')).toBe('c1');
    request.flush({ items: [], nextCursor: null });

    threads.list('open-data', { kind: null, tag: null }, null).subscribe();
    expect(
      http.expectOne('/api/communities/open-data/threads').request.params.keys(),
    ).toEqual([]);
  });

  it('fetches the XSRF cookie before the first change when there is none', () => {
    threads.create('open-data', {
      kind: 'discussion',
      title: 'Hello',
      body: 'World',
      tags: [],
    }).subscribe();
    http.expectOne('/api/auth/csrf').flush(null);
    const create = http.expectOne('/api/communities/open-data/threads');
    expect(create.request.method).toBe('POST');
    create.flush(aThread());
  });

  it('reads the reply tree, a branch and a post', () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    posts.list(THREAD_ID, { root: uuid(1), cursor: 'c' }).subscribe();
    const list = http.expectOne((r) => r.url === `/api/threads/${THREAD_ID}/posts`);
    expect(list.request.params.get('root')).toBe(uuid(1));
    expect(list.request.params.get('cursor')).toBe('c');
    list.flush({ items: [], nextCursor: null });

    posts.revisions(uuid(1)).subscribe();
    http.expectOne(`/api/posts/${uuid(1)}/revisions`).flush([]);
  });

  it('renders a preview with the API’s own rules', () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    let html = '';
    posts.preview('**hi**').subscribe((answer) => (html = answer));
    const request = http.expectOne('/api/markdown/preview');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ body: '**hi**' });
    request.flush({ bodyHtml: '<p><strong>hi</strong></p>' });
    expect(html).toBe('<p><strong>hi</strong></p>');
  });

  it('lists and removes bookmarks', () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    posts.bookmarks('c2').subscribe();
    http
      .expectOne('/api/users/me/bookmarks?cursor=c2')
      .flush({ items: [], nextCursor: null });
    posts.bookmarkThread(THREAD_ID, false).subscribe();
    const remove = http.expectOne(`/api/threads/${THREAD_ID}/bookmark`);
    expect(remove.request.method).toBe('DELETE');
    remove.flush(null, { status: 204, statusText: 'No Content' });
  });
});
