/**
 * Browser journeys in Chromium against a running instance (E2E_BASE_URL, default
 * http://127.0.0.1:3000). Named so that the Nx Jest plugin does not infer a `test` target:
 * these need a server and run only through `nx run web-e2e:e2e`.
 */
module.exports = {
  displayName: 'web-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  setupFilesAfterEnv: ['<rootDir>/src/support/retry.ts'],
  testTimeout: 120_000,
  maxWorkers: 1,
};
