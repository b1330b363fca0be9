import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isInputObjectType, isObjectType, isScalarType, type GraphQLObjectType } from 'graphql';
import { operationFor, rootFields, type RootField } from '../helpers/schema-ops';
import { startTestApp, type TestApp } from '../helpers/test-app';

// Every update command of the schema (updateX(id?, input, version)) is sent N
// times at once with the same version, each with its own value of a text field:
// exactly one may win, the others must get CONFLICT, and the stored record must
// hold the winner's value with the version raised by one.

const N = 5;
const SLOW = 600_000;
/** Text fields tried first: free text without a format of its own. */
const PREFERRED = ['title', 'name', 'displayName', 'content', 'description', 'remarks', 'note', 'facts', 'duties', 'requirement', 'topic', 'body', 'position', 'summary'];

interface Target {
  update: RootField;
  item: GraphQLObjectType;
  /** A query listing (items) or returning (singleton) the records. */
  reader: RootField;
  field: string;
}

function targets(): { found: Target[]; unmatched: string[] } {
  const fields = rootFields();
  const found: Target[] = [];
  const unmatched: string[] = [];
  for (const update of fields.filter((f) => f.root === 'Mutation' && /^update[A-Z]/.test(f.name))) {
    const args = Object.fromEntries(update.field.args.map((a) => [a.name, a]));
    const item = getNamedType(update.field.type);
    const input = args.input && getNamedType(args.input.type);
    if (!args.version || !isObjectType(item) || !input || !isInputObjectType(input)) {
      unmatched.push(`${update.name}: no input/version`);
      continue;
    }
    const texts = Object.values(input.getFields())
      .filter((f) => getNamedType(f.type).name === 'String' && isScalarType(getNamedType(f.type)))
      .map((f) => f.name)
      .filter((n) => getNamedType(item.getFields()[n]?.type ?? item)?.name === 'String');
    const numbers = Object.values(input.getFields())
      .filter((f) => getNamedType(f.type).name === 'Int' && getNamedType(item.getFields()[f.name]?.type ?? item)?.name === 'Int')
      .map((f) => f.name);
    const field = [...PREFERRED.filter((p) => texts.includes(p)), ...texts, ...numbers][0];
    const reader = fields.find((q) => {
      if (q.root !== 'Query') return false;
      const t = getNamedType(q.field.type);
      if (!isObjectType(t)) return false;
      const noRequiredArgs = q.field.args.every((a) => a.defaultValue !== undefined || !a.type.toString().endsWith('!'));
      if (args.id && t.name === item.name && q.field.type.toString().startsWith('[') && noRequiredArgs) return true;
      if (args.id) return getNamedType(t.getFields().items?.type ?? t).name === item.name && !!t.getFields().items;
      return t.name === item.name && q.field.args.every((a) => a.defaultValue !== undefined || !a.type.toString().endsWith('!'));
    });
    if (!field || !reader) {
      unmatched.push(`${update.name}: ${field ? 'no list' : 'no text field'}`);
      continue;
    }
    found.push({ update, item, reader, field });
  }
  return { found, unmatched };
}

describe(`optimistic locking: ${N} concurrent updates at the same version`, () => {
  let t: TestApp;
  let admin: string;
  const { found, unmatched } = targets();

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(async () => t?.close());

  const post = (op: { query: string; variables: Record<string, unknown> }) => t.post(op, { authorization: `Bearer ${admin}` });

  async function records(target: Target): Promise<{ id: string; version: number; [k: string]: unknown }[]> {
    const select = `{ id version ${target.field} }`;
    const type = target.reader.field.type.toString();
    const paged = getNamedType(target.reader.field.type).name.endsWith('List');
    const op = operationFor(target.reader, paged ? { args: { limit: 15 }, select: `{ items ${select} }` } : { select });
    const { json } = await post(op);
    const data = json.data?.[target.reader.name];
    if (!data) return [];
    return paged ? data.items : type.startsWith('[') ? data : [data];
  }

  it('lets exactly one win and answers CONFLICT to the others, on every update command', async () => {
    console.info(`update commands: ${found.length} matched; ${unmatched.join("; ")}`);
    expect(found.length).toBeGreaterThanOrEqual(15);
    const verified: string[] = [];
    const problems: string[] = [];
    for (const target of found) {
      let done = false;
      for (const rec of await records(target)) {
        const current = rec[target.field];
        const values: unknown[] = Array.from({ length: N }, (_, i) =>
          typeof current === 'number' ? current + 1 + i : `并发修改 ${target.update.name} 第${i + 1}次 ${rec.id.slice(0, 8)}`,
        );
        const results = await Promise.all(
          values.map((value) => {
            const args: Record<string, unknown> = { input: { [target.field]: value }, version: rec.version };
            if (target.update.field.args.some((a) => a.name === 'id')) args.id = rec.id;
            return post(operationFor(target.update, { args, select: `{ id version }` }));
          }),
        );
        // CONFLICT for the version is STALE_VERSION; other reasons are about the record's state.
        const codes = results.map((r) => {
          const e = r.json.errors?.[0]?.extensions;
          return !e ? 'OK' : e.reason === 'STALE_VERSION' ? 'CONFLICT' : `${e.code}:${e.reason}`;
        });
        const wins = codes.flatMap((c, i) => (c === 'OK' ? [i] : []));
        // A record this command may not change (its state, its inputs): try the next one.
        if (wins.length === 0 && codes.every((c) => c !== 'CONFLICT')) continue;
        done = true;
        if (wins.length !== 1 || codes.filter((c) => c === 'CONFLICT').length !== N - 1) {
          problems.push(`${target.update.name}: ${codes.join(',')}`);
          break;
        }
        const after = (await records(target)).find((r) => r.id === rec.id);
        if (after?.[target.field] !== values[wins[0]] || after?.version !== rec.version + 1) {
          problems.push(`${target.update.name}: stored ${JSON.stringify(after)} after winner ${String(values[wins[0]])} at version ${rec.version}`);
        }
        verified.push(target.update.name);
        break;
      }
      if (!done) unmatched.push(`${target.update.name}: no record it accepted`);
    }
    console.info(`optimistic locking: ${verified.length} update commands verified (${verified.join(', ')}); not covered: ${unmatched.join('; ') || 'none'}`);
    expect(problems).toEqual([]);
    expect(verified.length).toBeGreaterThanOrEqual(15);
  }, SLOW);
});
