// Applies pending migrations to DATABASE_URL, or to the embedded database in DATA_DIR.
import 'reflect-metadata';
import { loadConfig } from '../src/app/config';
import { closeDatabase, migrate, openDatabase } from '../src/app/orm';

async function main() {
  const config = loadConfig();
  const orm = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await migrate(orm);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply: the schema is up to date.');
  } finally {
    await closeDatabase(orm);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
