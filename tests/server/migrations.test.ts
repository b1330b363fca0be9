import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { closeDatabase, migrate, openDatabase } from '../../server/src/app/orm';

// The migrations build exactly the schema the entities describe: a column default, an index or a
// type declared on one side only would make the next generated migration drop or change it.
describe('migrations and entities', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await openDatabase({});
    await migrate(orm);
  });
  afterAll(async () => closeDatabase(orm));

  it('leave nothing for the schema generator to change', async () => {
    const sql = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(sql.trim()).toBe('');
  });
});
