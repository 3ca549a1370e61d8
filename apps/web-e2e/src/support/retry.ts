// A journey that fails is run once more before it counts as failed, and the first failure is
// printed either way: Chromium on two busy cores now and then misses a timing that a person
// would not, and one such miss should not hide the other journeys' results. A journey that
// fails twice fails the run.
jest.retryTimes(1, { logErrorsBeforeRetry: true });

export {};
