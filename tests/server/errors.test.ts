import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { badInput, createErrorFormatter } from '../../server/src/app/errors';
import { errorFields } from '../../server/src/app/logger';
import { closeDatabase, openDatabase } from '../../server/src/app/orm';

function format(original: unknown) {
  const logged: Record<string, unknown>[] = [];
  const formatter = createErrorFormatter({ error: (_m, meta) => logged.push(meta ?? {}) });
  const wrapped = new GraphQLError('boom', { path: ['person'], originalError: original as Error });
  return { out: formatter({ message: wrapped.message, path: ['person'] }, wrapped), logged };
}

describe('error masking', () => {
  it('masks an unexpected failure as INTERNAL_SERVER_ERROR without SQL, stack or data, and logs it', () => {
    const { out, logged } = format(new Error('insert into "person" ("national_id_hash") values ($1) - duplicate key 41042519900315001X'));
    expect(out).toEqual({ message: 'Internal server error', path: ['person'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(out)).not.toMatch(/insert|41042519900315001X|stack/);
    expect(logged).toHaveLength(1);
  });

  it('logs a database failure by its class and SQLSTATE, never the statement or the values it quotes', async () => {
    const orm = await openDatabase({});
    try {
      const error = await orm.em.getConnection().execute(`select * from person where name = '张三丰'`).then(
        () => undefined,
        (e: unknown) => e,
      );
      // The driver's own message quotes the statement with its values.
      expect(String((error as Error).message)).toContain('张三丰');
      const { out, logged } = format(error);
      expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(logged).toHaveLength(1);
      // The class (TableNotFoundException on PostgreSQL, the embedded driver's own name on PGlite) and the code only.
      expect(logged[0]).toEqual({ path: 'person', error: expect.any(String), code: '42P01' });
      expect(JSON.stringify(logged)).not.toContain('张三丰');
    } finally {
      await closeDatabase(orm);
    }
  });

  it('names an unreachable database in the log lines of every background job', async () => {
    // A real refusal through the ORM, as the scheduler, an import or a webhook would meet it.
    const orm = await openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:1/nowhere' });
    try {
      const refused = await orm.em.getConnection().execute('select 1').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(errorFields(refused)).toMatchObject({ unavailable: 'DATABASE_UNAVAILABLE' });
    } finally {
      await orm.close(true).catch(() => undefined);
    }
    expect(errorFields(new Error('a bug'))).not.toHaveProperty('unavailable');
  });

  it('keeps a domain error with its code, reason and field', () => {
    const { out, logged } = format(badInput('nationalId', 'The national ID number is not valid', 'INVALID_NATIONAL_ID'));
    expect(out.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_NATIONAL_ID',
      field: 'nationalId',
      fields: [{ field: 'nationalId', message: 'The national ID number is not valid' }],
    });
    expect(logged).toHaveLength(0);
  });
});
