/**
 * Prints EXPLAIN (ANALYZE, BUFFERS) of the search's main query (the hits: ranking, counts and the
 * page) exactly as the API builds it, for one query as a visitor and as the demo member.
 *
 *   TS_NODE_PROJECT=tools/tsconfig.json TS_NODE_TRANSPILE_ONLY=true node -r ts-node/register -r tsconfig-paths/register \
 *     tools/bench/search-explain.ts --database-url=postgres://... "digital service"
 *
 * Runs the real SearchRepository's statement, with its planner settings.
 */
import 'reflect-metadata';
import { communityReadScope } from '@sce/api-communities';
import { dataSourceOptions } from '@sce/api-core';
import { visibleTo } from '@sce/api-practices';
import { SearchRepository, trigramText } from '@sce/api-search';
import { DataSource } from 'typeorm';

async function main(): Promise<void> {
  const url = process.argv.find((a) => a.startsWith('--database-url='))?.slice('--database-url='.length) ?? process.env['DATABASE_URL'];
  const q = process.argv.slice(2).filter((a) => !a.startsWith('--')).join(' ') || 'digital service';
  if (!url) throw new Error('usage: search-explain --database-url=postgres://... <query>');
  const dataSource = new DataSource(dataSourceOptions(url, 2));
  await dataSource.initialize();
  try {
    const repository = new SearchRepository(dataSource);
    const [member] = (await dataSource.query(`SELECT id, role FROM users WHERE email = 'member@example.org'`)) as { id: string; role: 'member' }[];
    for (const viewer of [null, member ?? null]) {
      const { query, communityIds } = await repository.prepare(q, communityReadScope(viewer), undefined);
      const plan = await repository.explainHits(query, trigramText(q), { communityIds, communityFiltered: false, practicesVisible: visibleTo(viewer, 'pr') }, { from: null, to: null }, new Date(), null, 21);
      console.log(`\n-- ${viewer ? 'member' : 'visitor'}: "${q}"\n${plan}`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
