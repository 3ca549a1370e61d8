import { apiCommunities } from './api-communities';

describe('apiCommunities', () => {
  it('should work', () => {
    expect(apiCommunities()).toEqual('api-communities');
  });
});
