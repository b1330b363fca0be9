// Writes a migration for the difference between the entities and the migrated
// schema, then appends it to src/migrations/index.ts. Usage: pnpm db:migration:create [name]
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { closeDatabase, migrate, openDatabase } from '../src/app/orm';

async function main() {
  const dir = path.resolve(__dirname, '../src/migrations');
  const orm = await openDatabase({});
  try {
    await migrate(orm);
    const result = await orm.getMigrator().createMigration(dir, false, false, process.argv[2]);
    if (!result.fileName) {
      console.log('No changes: entities match the migrated schema.');
      return;
    }
    const file = result.fileName.replace(/\.ts$/, '');
    const className = /export class (\w+)/.exec(fs.readFileSync(path.join(dir, result.fileName), 'utf8'))?.[1];
    const indexPath = path.join(dir, 'index.ts');
    let index = fs.readFileSync(indexPath, 'utf8');
    index = `import { ${className} } from './${file}';\n` + index;
    index = index.replace(/\];\s*$/, `  { name: '${file}', class: ${className} },\n];\n`).replace('= [  {', '= [\n  {');
    fs.writeFileSync(indexPath, index);
    console.log(`Created src/migrations/${result.fileName}`);
  } finally {
    await closeDatabase(orm);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
