import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { Observable, lastValueFrom, of, throwError } from 'rxjs';
import type { AppConfig } from '../config/config.schema';
import { AnonymousCacheInterceptor } from './anonymous-cache';

describe('AnonymousCacheInterceptor', () => {
  let now = 1_000_000;
  beforeEach(() => jest.spyOn(Date, 'now').mockImplementation(() => now));
  afterEach(() => jest.restoreAllMocks());

  const interceptor = (ttl = 1000) => new AnonymousCacheInterceptor({ anonymousCacheMs: ttl } as AppConfig);
  const context = (url: string, viewer: object | null = null, method = 'GET') =>
    ({ switchToHttp: () => ({ getRequest: () => ({ method, originalUrl: url, viewer }) }) }) as unknown as ExecutionContext;
  const handler = (values: Array<() => Observable<unknown>>) => {
    let calls = 0;
    return { handle: () => values[Math.min(calls++, values.length - 1)](), calls: () => calls } as CallHandler & { calls: () => number };
  };
  const call = (i: AnonymousCacheInterceptor, ctx: ExecutionContext, next: CallHandler) => lastValueFrom(i.intercept(ctx, next));

  it('computes a visitor page once per TTL and again after it', async () => {
    const cache = interceptor();
    const next = handler([() => of('first'), () => of('second')]);
    expect(await call(cache, context('/api/a'), next)).toBe('first');
    now += 999;
    expect(await call(cache, context('/api/a'), next)).toBe('first');
    now += 1;
    expect(await call(cache, context('/api/a'), next)).toBe('second');
    expect(next.calls()).toBe(2);
  });

  it('shares one computation between visitors arriving together', async () => {
    const cache = interceptor();
    let resolve!: (v: string) => void;
    const pending = new Promise<string>((r) => (resolve = r));
    const next = handler([() => new Observable((s) => void pending.then((v) => (s.next(v), s.complete())))]);
    const both = Promise.all([call(cache, context('/api/b'), next), call(cache, context('/api/b'), next)]);
    resolve('shared');
    expect(await both).toEqual(['shared', 'shared']);
    expect(next.calls()).toBe(1);
  });

  it('leaves signed-in viewers, other methods and a zero TTL alone', async () => {
    for (const [cache, ctx] of [
      [interceptor(), context('/api/c', { id: 'u1' })],
      [interceptor(), context('/api/c', null, 'POST')],
      [interceptor(0), context('/api/c')],
    ] as const) {
      const next = handler([() => of(1), () => of(2)]);
      expect(await call(cache, ctx, next)).toBe(1);
      expect(await call(cache, ctx, next)).toBe(2);
    }
  });

  it('does not keep failures', async () => {
    const cache = interceptor();
    const next = handler([() => throwError(() => new Error('not found')), () => of('found')]);
    await expect(call(cache, context('/api/d'), next)).rejects.toThrow('not found');
    expect(await call(cache, context('/api/d'), next)).toBe('found');
  });

  it('keys by the whole address, query included', async () => {
    const cache = interceptor();
    const next = handler([() => of('a'), () => of('b')]);
    expect(await call(cache, context('/api/e?limit=5'), next)).toBe('a');
    expect(await call(cache, context('/api/e?limit=6'), next)).toBe('b');
  });
});
