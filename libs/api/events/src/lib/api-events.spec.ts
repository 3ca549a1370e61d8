import { apiEvents } from './api-events';

describe('apiEvents', () => {
  it('should work', () => {
    expect(apiEvents()).toEqual('api-events');
  });
});
