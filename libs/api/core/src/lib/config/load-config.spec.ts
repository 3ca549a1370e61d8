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
});
