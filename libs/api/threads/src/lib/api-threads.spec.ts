import { apiThreads } from './api-threads';

describe('apiThreads', () => {
  it('should work', () => {
    expect(apiThreads()).toEqual('api-threads');
  });
});
