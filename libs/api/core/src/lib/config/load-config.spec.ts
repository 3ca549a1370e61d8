import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'sce-config-'));

  it('has working defaults for a newcomer', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config).toMatchObject({ port: 3000, publicUrl: 'http://localhost:3000', databaseUrl: null, isProduction: false, seedDemoData: true, demoPassword: 'exchange-demo' });
  });

  it('makes development secrets once and keeps them', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    expect(first.secrets.jwt.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dir }).secrets).toEqual(first.secrets);
    expect(JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8'))).toMatchObject(first.secrets);
  });

  it('names every malformed variable', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^PORT: /m);
      expect(problems).toMatch(/^DATABASE_URL: must start with postgres/m);
      expect(problems).toMatch(/^LOG_LEVEL: /m);
    }
  });

  it('takes proxies as a hop count, never as "trust everything"', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: '1' }).trustProxyHops).toBe(1);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: must be the number of proxies/);
  });

  it('requires real secrets and a database in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: is required in production[\s\S]*COOKIE_SECRET[\s\S]*DATABASE_URL/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short', COOKIE_SECRET: 'x'.repeat(40), DATABASE_URL: 'postgres://db/x' })).toThrow(/JWT_SECRET: must be at least 32/);
  });

  it('does not seed demo data in production unless asked', () => {
    const secrets = { JWT_SECRET: 'j'.repeat(40), COOKIE_SECRET: 'c'.repeat(40), DATABASE_URL: 'postgres://db/x' };
    expect(loadConfig({ NODE_ENV: 'production', ...secrets }).seedDemoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://exchange.example.org/', ...secrets }).publicUrl).toBe('https://exchange.example.org');
  });

  it('configures single sign-on only when every OIDC variable is set', () => {
    const oidc = { OIDC_ISSUER: 'https://login.example.org/', OIDC_CLIENT_ID: 'exchange', OIDC_CLIENT_SECRET: 's3cret', OIDC_ORGANISATIONS: '6f1c1f1e-8d7b-4a61-9a43-1f0b7b3f2a10, 0b4f5f0e-2c4e-4e8e-9f4a-7d3f0f6c9b21' };
    expect(loadConfig({ DATA_DIR: dataDir() }).oidc).toBeNull();
    expect(loadConfig({ DATA_DIR: dataDir(), ...oidc }).oidc).toEqual({
      issuer: 'https://login.example.org/',
      clientId: 'exchange',
      clientSecret: 's3cret',
      organisationIds: ['6f1c1f1e-8d7b-4a61-9a43-1f0b7b3f2a10', '0b4f5f0e-2c4e-4e8e-9f4a-7d3f0f6c9b21'],
      name: 'your organisation’s account',
    });
    expect(() => loadConfig({ DATA_DIR: dataDir(), OIDC_ISSUER: oidc.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID: is required when single sign-on is configured/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...oidc, OIDC_ORGANISATIONS: 'city-of-ghent' })).toThrow(/OIDC_ORGANISATIONS: must be a comma-separated list of organisation ids/);
  });
});
