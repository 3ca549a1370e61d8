import {
  catchError,
  concatMap,
  from,
  map,
  of,
  reduce,
  type Observable,
} from 'rxjs';

/** What a bulk action did: the ids it changed and those it could not. */
export interface BulkResult {
  done: string[];
  failed: string[];
}

/**
 * Runs an action for each item, one after the other (the API limits bursts), and reports which
 * succeeded. Never errors: a failure is counted and the next item goes on.
 */
export function runEach<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  action: (item: T) => Observable<unknown>,
): Observable<BulkResult> {
  return from(items).pipe(
    concatMap((item) =>
      action(item).pipe(
        map(() => ({ id: idOf(item), ok: true })),
        catchError(() => of({ id: idOf(item), ok: false })),
      ),
    ),
    reduce<{ id: string; ok: boolean }, BulkResult>(
      (result, { id, ok }) =>
        ok
          ? { ...result, done: [...result.done, id] }
          : { ...result, failed: [...result.failed, id] },
      { done: [], failed: [] },
    ),
  );
}
