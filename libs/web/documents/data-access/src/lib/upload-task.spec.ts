import { Injectable } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import type { UploadEvent } from './upload-event';
import { UploadTask } from './upload-task';

@Injectable()
class Host {
  readonly task = new UploadTask<string>();
}

describe('UploadTask', () => {
  let task: UploadTask<string>;
  let request: Subject<UploadEvent<string>>;
  let done: jest.Mock;
  let failed: jest.Mock;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [Host] });
    task = TestBed.inject(Host).task;
    request = new Subject();
    done = jest.fn();
    failed = jest.fn();
  });

  it('reports progress, then checking, then the answer', () => {
    expect(task.status()).toBe('idle');
    task.start(request, { done, failed });
    expect(task.status()).toBe('uploading');
    expect(task.busy()).toBe(true);
    expect(task.percent()).toBeNull();

    request.next({ kind: 'progress', loaded: 0, total: null });
    expect(task.percent()).toBeNull();
    request.next({ kind: 'progress', loaded: 333, total: 1000 });
    expect(task.percent()).toBe(33);
    expect(task.loaded()).toBe(333);
    expect(task.total()).toBe(1000);

    request.next({ kind: 'progress', loaded: 1000, total: 1000 });
    expect(task.status()).toBe('checking');
    expect(task.percent()).toBe(100);

    request.next({ kind: 'done', result: 'stored' });
    request.complete();
    expect(task.status()).toBe('done');
    expect(task.busy()).toBe(false);
    expect(done).toHaveBeenCalledWith('stored');
    expect(failed).not.toHaveBeenCalled();
  });

  it('keeps the error of a failed upload', () => {
    task.start(request, { done, failed });
    request.next({ kind: 'progress', loaded: 10, total: 100 });
    const error = new Error('415');
    request.error(error);
    expect(task.status()).toBe('failed');
    expect(task.error()).toBe(error);
    expect(task.loaded()).toBe(10);
    expect(failed).toHaveBeenCalledWith(error);
  });

  it('aborts the request when cancelled, and tells no one', () => {
    task.start(request, { done, failed });
    request.next({ kind: 'progress', loaded: 10, total: 100 });
    task.cancel();
    expect(request.observed).toBe(false);
    expect(task.status()).toBe('cancelled');
    expect(task.busy()).toBe(false);
    task.cancel(); // nothing running: nothing to do
    expect(task.status()).toBe('cancelled');
    task.reset();
    expect(task.status()).toBe('idle');
    expect(done).not.toHaveBeenCalled();
    expect(failed).not.toHaveBeenCalled();
  });

  it('aborts a running upload when its injector is destroyed', () => {
    task.start(request, { done, failed });
    TestBed.resetTestingModule();
    expect(request.observed).toBe(false);
  });
});
