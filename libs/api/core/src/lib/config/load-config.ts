import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type AppConfig, type Env, envSchema } from './config.schema';

/** Thrown when the environment is invalid; its message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type SecretName = keyof AppConfig['secrets'];
const SECRET_VARIABLES: Record<SecretName, 'JWT_SECRET' | 'COOKIE_SECRET'> = {
  jwt: 'JWT_SECRET',
  cookie: 'COOKIE_SECRET',
};

/**
 * Parses the environment into the app's configuration. Outside production, secrets that are
 * not set are generated once and kept in `<DATA_DIR>/secrets.json` so sessions survive restarts.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(withoutEmptyValues(env));
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${String(issue.path[0] ?? 'environment')}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  const problems: string[] = [];
  if (isProduction) {
    for (const variable of Object.values(SECRET_VARIABLES)) {
      if (!e[variable]) problems.push(`${variable}: is required in production (at least 32 random characters)`);
    }
    if (!e.DATABASE_URL) problems.push('DATABASE_URL: is required in production (the embedded database is for development)');
  }
  const oidcVariables = { OIDC_ISSUER: e.OIDC_ISSUER, OIDC_CLIENT_ID: e.OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: e.OIDC_CLIENT_SECRET, OIDC_ORGANISATIONS: e.OIDC_ORGANISATIONS };
  const oidcGiven = Object.entries(oidcVariables).filter(([, value]) => value !== undefined);
  if (oidcGiven.length > 0 && oidcGiven.length < 4) {
    for (const [name, value] of Object.entries(oidcVariables)) {
      if (value === undefined) problems.push(`${name}: is required when single sign-on is configured (${oidcGiven.map(([n]) => n).join(', ')} set)`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const dataDir = resolve(e.DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    nodeEnv: e.NODE_ENV,
    isProduction,
    port: e.PORT,
    publicUrl,
    databaseUrl: e.DATABASE_URL ?? null,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    anonymousCacheMs: e.ANONYMOUS_CACHE_MS,
    notificationMailDelaySeconds: e.NOTIFICATION_MAIL_DELAY_SECONDS,
    digestHourUtc: e.DIGEST_HOUR_UTC,
    redisUrl: e.REDIS_URL ?? null,
    dataDir,
    webDistDir: resolve(e.WEB_DIST_DIR),
    storage: e.S3_BUCKET
      ? { kind: 's3', bucket: e.S3_BUCKET, region: e.S3_REGION, endpoint: e.S3_ENDPOINT ?? null, accessKeyId: e.S3_ACCESS_KEY_ID ?? null, secretAccessKey: e.S3_SECRET_ACCESS_KEY ?? null, forcePathStyle: e.S3_FORCE_PATH_STYLE ?? false }
      : { kind: 'local', dir: resolve(e.STORAGE_DIR ?? join(dataDir, 'uploads')) },
    uploadMaxBytes: Math.round(e.UPLOAD_MAX_MB * 1024 * 1024),
    logLevel: e.LOG_LEVEL,
    logPretty: e.LOG_PRETTY ?? (!isProduction && Boolean(process.stdout.isTTY)),
    trustProxyHops: e.TRUST_PROXY,
    authRateLimit: { perIpPerMinute: e.AUTH_RATE_LIMIT_PER_IP, perAccountPer15Minutes: e.AUTH_RATE_LIMIT_PER_ACCOUNT },
    secrets: resolveSecrets(e, dataDir, isProduction),
    seedDemoData: e.SEED_DEMO_DATA ?? !isProduction,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    demoPassword: e.DEMO_PASSWORD,
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET && e.OIDC_ORGANISATIONS
        ? { issuer: e.OIDC_ISSUER, clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET, organisationIds: e.OIDC_ORGANISATIONS, name: e.OIDC_NAME }
        : null,
  };
}

function withoutEmptyValues(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}

function resolveSecrets(e: Env, dataDir: string, isProduction: boolean): AppConfig['secrets'] {
  const given = { jwt: e.JWT_SECRET, cookie: e.COOKIE_SECRET };
  if (isProduction || (given.jwt && given.cookie)) {
    return { jwt: given.jwt ?? '', cookie: given.cookie ?? '' };
  }
  const file = join(dataDir, 'secrets.json');
  let stored: Partial<AppConfig['secrets']> = {};
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<AppConfig['secrets']>;
  } catch {
    stored = {};
  }
  const secrets = {
    jwt: given.jwt ?? stored.jwt ?? randomBytes(32).toString('base64url'),
    cookie: given.cookie ?? stored.cookie ?? randomBytes(32).toString('base64url'),
  };
  if (secrets.jwt !== stored.jwt || secrets.cookie !== stored.cookie) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify({ ...stored, ...secrets }, null, 2), { mode: 0o600 });
  }
  return secrets;
}
