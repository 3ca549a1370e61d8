import { HttpEventType, type HttpEvent } from '@angular/common/http';
import { filter, map, type OperatorFunction } from 'rxjs';

/** What an upload reports: bytes sent so far, then the API's answer. */
export type UploadEvent<T> =
  | { kind: 'progress'; loaded: number; total: number | null }
  | { kind: 'done'; result: T };

/**
 * Turns the HttpClient events of an upload (`reportProgress: true, observe: 'events'`) into
 * upload events: "sent" as 0 bytes, each upload progress, and the response body.
 */
export function toUploadEvents<T>(): OperatorFunction<
  HttpEvent<T>,
  UploadEvent<T>
> {
  return (events) =>
    events.pipe(
      map((event): UploadEvent<T> | null => {
        switch (event.type) {
          case HttpEventType.Sent:
            return { kind: 'progress', loaded: 0, total: null };
          case HttpEventType.UploadProgress:
            return {
              kind: 'progress',
              loaded: event.loaded,
              total: event.total ?? null,
            };
          case HttpEventType.Response:
            return { kind: 'done', result: event.body as T };
          case HttpEventType.ResponseHeader:
          case HttpEventType.DownloadProgress:
          case HttpEventType.User:
            return null;
        }
      }),
      filter((event): event is UploadEvent<T> => event !== null),
    );
}
