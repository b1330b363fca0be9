import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { buildSchema, Query, Resolver } from 'type-graphql';
import { accessRuleOf, operationsWithoutAccessRule } from '../../server/src/app/access';
import { buildAppSchema } from '../../server/src/app/schema';

@Resolver()
class UnguardedResolver {
  @Query(() => String)
  forgotToGuard() {
    return 'secret';
  }
}

describe('deny by default', () => {
  it('finds an access rule on every query and mutation of the served schema', async () => {
    const { source, schema } = await buildAppSchema();
    expect(operationsWithoutAccessRule(source)).toEqual([]);
    const roots = [
      ['Query', schema.getQueryType()],
      ['Mutation', schema.getMutationType()],
    ] as const;
    let checked = 0;
    for (const [root, type] of roots) {
      for (const field of Object.keys(type?.getFields() ?? {})) {
        if (field.startsWith('_')) continue;
        expect(accessRuleOf(root, field), `${root}.${field}`).toBeDefined();
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('reports an operation that declares no access rule', async () => {
    const schema = await buildSchema({ resolvers: [UnguardedResolver], authChecker: () => true });
    expect(operationsWithoutAccessRule(schema)).toEqual(['Query.forgotToGuard']);
  });

  it('keeps secrets and personal identifiers out of the schema', async () => {
    const { schema } = await buildAppSchema();
    const fieldsOf = (name: string) => Object.keys((schema.getType(name) as any).getFields());
    expect(fieldsOf('User')).not.toContain('passwordHash');
    expect(fieldsOf('Person')).not.toContain('nationalIdHash');
    expect(fieldsOf('Person')).not.toContain('nationalId');
    expect(schema.getType('Session')).toBeUndefined();
  });
});
