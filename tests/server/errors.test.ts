import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { badInput, createErrorFormatter } from '../../server/src/app/errors';

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
