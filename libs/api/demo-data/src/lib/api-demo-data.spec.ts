import { apiDemoData } from './api-demo-data';

describe('apiDemoData', () => {
  it('should work', () => {
    expect(apiDemoData()).toEqual('api-demo-data');
  });
});
