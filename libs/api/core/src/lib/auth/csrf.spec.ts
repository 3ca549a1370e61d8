import { trustedOrigins } from './csrf';

describe('trustedOrigins', () => {
  it('accepts only the public origin in production', () => {
    expect([...trustedOrigins('https://exchange.example.org', false)]).toEqual(['https://exchange.example.org']);
    expect([...trustedOrigins('http://localhost:3000', false)]).toEqual(['http://localhost:3000']);
  });

  it('accepts the other loopback names on the same port in development', () => {
    expect(trustedOrigins('http://localhost:3000', true)).toEqual(new Set(['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000']));
    expect(trustedOrigins('http://exchange.test:3000', true)).toEqual(new Set(['http://exchange.test:3000']));
  });
});
