import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z
  .string()
  .url({ message: 'must be a URL such as postgres://user:password@host:5432/database' })
  .refine((v) => /^postgres(ql)?:\/\//.test(v), { message: 'must start with postgres:// or postgresql://' });

const secret = z.string().min(32, { message: 'must be at least 32 characters long' });

/**
 * Every environment variable the API reads. `process.env` is read nowhere else: the app gets
 * the parsed {@link AppConfig} through injection.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { message: 'must be development, production or test' }).default('development'),
  PORT: z.coerce.number({ message: 'must be a port number' }).int().min(1).max(65535, { message: 'must be a port number (1-65535)' }).default(3000),
  PUBLIC_URL: z.string().url({ message: 'must be an absolute URL such as https://exchange.example.org' }).optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number({ message: 'must be a whole number' }).int().min(1).max(200, { message: 'must be between 1 and 200' }).default(20),
  ANONYMOUS_CACHE_MS: z.coerce.number({ message: 'must be a whole number of milliseconds' }).int().min(0).max(60000, { message: 'must be between 0 and 60000 ms' }).default(1000),
  REDIS_URL: z.string().url({ message: 'must be a URL such as redis://127.0.0.1:6379' }).refine((v) => /^rediss?:\/\//.test(v), { message: 'must start with redis:// or rediss://' }).optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  WEB_DIST_DIR: z.string().min(1).default('dist/apps/web/browser'),
  STORAGE_DIR: z.string().min(1).optional(),
  UPLOAD_MAX_MB: z.coerce.number({ message: 'must be a number of megabytes' }).positive({ message: 'must be more than 0' }).max(1024, { message: 'must be at most 1024' }).default(25),
  S3_BUCKET: z.string().min(3).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ENDPOINT: z.string().url({ message: 'must be the URL of an S3-compatible service, such as https://s3.eu-central-1.amazonaws.com' }).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: booleanFlag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
  LOG_PRETTY: booleanFlag.optional(),
  TRUST_PROXY: z.coerce.number({ message: 'must be the number of proxies in front of the app (0, 1, 2, ...)' }).int().min(0).max(10, { message: 'must be the number of proxies in front of the app (0-10)' }).default(0),
  AUTH_RATE_LIMIT_PER_IP: z.coerce.number({ message: 'must be a whole number' }).int().min(1).default(30),
  AUTH_RATE_LIMIT_PER_ACCOUNT: z.coerce.number({ message: 'must be a whole number' }).int().min(1).default(10),
  JWT_SECRET: secret.optional(),
  COOKIE_SECRET: secret.optional(),
  SEED_DEMO_DATA: booleanFlag.optional(),
  SMTP_URL: z.string().url({ message: 'must be a URL such as smtp://user:password@mail.example.org:587' }).refine((v) => /^smtps?:\/\//.test(v), { message: 'must start with smtp:// or smtps://' }).optional(),
  NOTIFICATION_MAIL_DELAY_SECONDS: z.coerce.number({ message: 'must be a whole number of seconds' }).int().min(0).max(86400, { message: 'must be between 0 and 86400 seconds' }).default(300),
  DIGEST_HOUR_UTC: z.coerce.number({ message: 'must be an hour of the day (0-23)' }).int().min(0).max(23, { message: 'must be an hour of the day (0-23)' }).default(6),
  MAIL_FROM: z.string().min(3).default('Smart Cities Exchange <no-reply@localhost>'),
  DEMO_PASSWORD: z.string().min(8, { message: 'must be at least 8 characters long' }).default('exchange-demo'),
  OIDC_ISSUER: z.string().url({ message: 'must be the issuer URL of the OpenID Connect provider, such as https://login.example.org' }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_ORGANISATIONS: z
    .string()
    .transform((v) => v.split(',').map((id) => id.trim()).filter(Boolean))
    .pipe(z.array(z.uuid({ message: 'must be a comma-separated list of organisation ids' })).min(1, { message: 'must name at least one organisation id' }))
    .optional(),
  OIDC_NAME: z.string().min(2).max(60).default('your organisation’s account'),
});
export type Env = z.infer<typeof envSchema>;

export interface AppConfig {
  nodeEnv: Env['NODE_ENV'];
  isProduction: boolean;
  port: number;
  /** The one public origin, without a trailing slash (links in mails, cookies, Origin checks). */
  publicUrl: string;
  /** Null when the app should start its own embedded PostgreSQL. */
  databaseUrl: string | null;
  /** Connections this instance keeps to PostgreSQL (per instance: mind max_connections). */
  databasePoolSize: number;
  /** How long an anonymous visitor's public page is reused for other visitors (0: never). */
  anonymousCacheMs: number;
  /** A notification mailed "immediately" waits this long, and is not mailed if read in the app meanwhile. */
  notificationMailDelaySeconds: number;
  /** Daily digests go out from this hour (UTC). */
  digestHourUtc: number;
  redisUrl: string | null;
  dataDir: string;
  webDistDir: string;
  /** Where uploaded files go: a folder on local disk, or an S3-compatible bucket when S3_BUCKET is set. */
  storage: { kind: 'local'; dir: string } | { kind: 's3'; bucket: string; region: string; endpoint: string | null; accessKeyId: string | null; secretAccessKey: string | null; forcePathStyle: boolean };
  /** Largest upload, in bytes. */
  uploadMaxBytes: number;
  logLevel: Env['LOG_LEVEL'];
  logPretty: boolean;
  /** Proxies in front of the app: the client IP is taken that many hops back in X-Forwarded-For. */
  trustProxyHops: number;
  /** Sign-in, registration, verification and reset attempts: per client IP a minute, per account 15 minutes. */
  authRateLimit: { perIpPerMinute: number; perAccountPer15Minutes: number };
  secrets: { jwt: string; cookie: string };
  seedDemoData: boolean;
  /** Null: mails are written to the log and to `<dataDir>/mail/` instead of being sent. */
  smtpUrl: string | null;
  mailFrom: string;
  demoPassword: string;
  /** Single sign-on through one OpenID Connect provider; null when not configured. */
  oidc: OidcConfig | null;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Organisations whose people may sign in (and get an account) through this provider. */
  organisationIds: string[];
  /** Shown on the sign-in button: "Sign in with {name}". */
  name: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
