import { join } from 'node:path';
import { loadConfig, register } from 'tsconfig-paths';

// Jest loads global setup outside its module resolver, so the workspace's path aliases are
// registered here before anything imports `@sce/...`.
const config = loadConfig(join(__dirname, '..', '..', '..', '..', 'tsconfig.base.json'));
if (config.resultType === 'success') register({ baseUrl: config.absoluteBaseUrl, paths: config.paths });
