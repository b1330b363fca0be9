import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { configureAuditSigning } from '../modules/audit/audit-signing';
import { isDatabaseEmpty, seedDemoCounty } from '../seed/demo-county.seed';
import type { AppConfig } from './config';
import { logger } from './logger';
import { closeDatabase, migrate, openDatabase } from './orm';
import { configureSecrets } from './secrets';

/** Opens the database, applies pending migrations, and seeds the demo county into an empty one. */
export async function prepareDatabase(config: AppConfig): Promise<MikroORM> {
  configureSecrets({ dataDir: config.dataDir, idHashKey: process.env.ID_HASH_KEY });
  configureAuditSigning({ dataDir: config.dataDir, signingKey: process.env.AUDIT_SIGNING_KEY });
  const orm = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await migrate(orm);
    if (applied.length) logger.info('migrations applied', { applied });
    if (config.seedDemo && (await isDatabaseEmpty(orm.em as EntityManager))) {
      const summary = await seedDemoCounty(orm.em as EntityManager, config.demoPassword);
      logger.info('demo county seeded', { ...summary });
    }
    return orm;
  } catch (e) {
    await closeDatabase(orm);
    throw e;
  }
}
