// Migrates, then seeds the demo county if the database has no units yet.
import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from '../src/app/config';
import { closeDatabase, migrate, openDatabase } from '../src/app/orm';
import { configureSecrets } from '../src/app/secrets';
import { isDatabaseEmpty, seedDemoCounty } from '../src/seed/demo-county.seed';

async function main() {
  const config = loadConfig();
  configureSecrets({ dataDir: config.dataDir, idHashKey: process.env.ID_HASH_KEY });
  const orm = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(orm);
    if (!(await isDatabaseEmpty(orm.em as EntityManager))) {
      console.log('The database already has data; nothing seeded.');
      return;
    }
    const summary = await seedDemoCounty(orm.em as EntityManager, config.demoPassword);
    console.log(`Seeded the demo county: ${JSON.stringify(summary)}`);
  } finally {
    await closeDatabase(orm);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
