import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isInputObjectType, isObjectType, isScalarType, type GraphQLObjectType } from 'graphql';
import {
  CommitmentsDocument,
  CreateEvaluationSchemeDocument,
  CreateSavedQueryDocument,
  CreditPolicyDocument,
  EvaluationSchemeDocument,
  LeadingGroupsDocument,
  ReplyTemplatesDocument,
  SavedQueriesDocument,
  SupervisionPolicyDocument,
  TrainingPolicyDocument,
  UpdateCommitmentDocument,
  UpdateCreditPolicyDocument,
  UpdateEvaluationSchemeDocument,
  UpdateLeadingGroupMemberDocument,
  UpdateReplyTemplateDocument,
  UpdateSavedQueryDocument,
  UpdateSupervisionPolicyDocument,
  UpdateTrainingPolicyDocument,
  type ScoringRulesInput,
} from '../generated/graphql';
import { UNIT_SCHEME_RULES } from '../../server/src/modules/evaluation/evaluation.defaults';
import { operationFor, rootFields, type RootField } from '../helpers/schema-ops';
import { startTestApp, type GqlResult, type TestApp } from '../helpers/test-app';

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

/**
 * A hand-written race for an update command the schema walk cannot drive on its
 * own (a singleton without an id, a required full input, a draft to create
 * first, a nested list): how to read the record and how to send the i-th value.
 */
interface Race {
  command: string;
  /** Reads the record: its version and the value the race changes. */
  read(): Promise<{ version: number; value: unknown }>;
  /** The i-th contender's value. */
  value(current: unknown, i: number): unknown;
  send(value: unknown, version: number): Promise<GqlResult<unknown>>;
}

describe(`optimistic locking: ${N} concurrent updates at the same version`, () => {
  let t: TestApp;
  let admin: string;
  const { found, unmatched } = targets();
  const covered = new Set<string>();

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
    for (const name of verified) covered.add(name);
  }, SLOW);

  const races = (): Race[] => [
    {
      command: 'updateTrainingPolicy',
      read: async () => {
        const p = (await t.gql(TrainingPolicyDocument, {}, admin)).data!.trainingPolicy;
        return { version: p.version, value: p.minimumHoursPerYear };
      },
      value: (c, i) => (c as number) + 1 + i,
      send: (value, version) => t.gql(UpdateTrainingPolicyDocument, { input: { minimumHoursPerYear: value as number }, version }, admin),
    },
    {
      command: 'updateCreditPolicy',
      read: async () => {
        const p = (await t.gql(CreditPolicyDocument, {}, admin)).data!.creditPolicy;
        return { version: p.version, value: p.repairMinDaysGeneral };
      },
      value: (c, i) => (c as number) + 1 + i,
      send: (value, version) => t.gql(UpdateCreditPolicyDocument, { input: { repairMinDaysGeneral: value as number }, version }, admin),
    },
    {
      command: 'updateSupervisionPolicy',
      read: async () => {
        const p = (await t.gql(SupervisionPolicyDocument, {}, admin)).data!.supervisionPolicy;
        return { version: p.version, value: p.judgmentGraceWorkingDays };
      },
      value: (c, i) => (c as number) + 1 + i,
      send: (value, version) => t.gql(UpdateSupervisionPolicyDocument, { input: { judgmentGraceWorkingDays: value as number }, version }, admin),
    },
  ];

  /** Reads a record of a list once, then races on that id. */
  function listRace<R extends { id: string; version: number }>(
    command: string,
    pick: () => Promise<R>,
    valueOf: (r: R) => unknown,
    value: (current: unknown, i: number) => unknown,
    send: (id: string, value: unknown, version: number, r: R) => Promise<GqlResult<unknown>>,
  ): Race {
    let picked: R | undefined;
    return {
      command,
      read: async () => {
        const id = picked?.id;
        picked = await pick();
        if (id && picked.id !== id) throw new Error(`${command}: the raced record left the list`);
        return { version: picked.version, value: valueOf(picked) };
      },
      value,
      send: (v, version) => send(picked!.id, v, version, picked!),
    };
  }

  it('lets exactly one win and answers CONFLICT to the others, on the update commands written out by hand', async () => {
    let memberId: string | undefined;
    let schemeId: string | undefined;
    const members = async () => (await t.gql(LeadingGroupsDocument, {}, admin)).data!.leadingGroups.items.flatMap((g) => g.members);
    const handWritten: Race[] = [
      ...races(),
      listRace(
        'updateLeadingGroupMember',
        async () => {
          const all = await members();
          const m = memberId ? all.find((x) => x.id === memberId)! : all[0];
          memberId = m.id;
          return m;
        },
        (m) => m.duty,
        (_c, i) => `并发修改分工 第${i + 1}次`,
        (id, value, version) => t.gql(UpdateLeadingGroupMemberDocument, { id, input: { duty: value as string }, version }, admin),
      ),
      listRace(
        'updateCommitment',
        async () => (await t.gql(CommitmentsDocument, { filter: { statuses: ['PENDING'] }, sort: { field: 'DUE_ON', order: 'DESC' }, limit: 1 }, admin)).data!.commitments.items[0],
        (c) => c.content,
        (_c, i) => `并发修改承诺内容 第${i + 1}次`,
        (id, value, version) => t.gql(UpdateCommitmentDocument, { id, input: { content: value as string }, version }, admin),
      ),
      listRace(
        'updateReplyTemplate',
        async () => (await t.gql(ReplyTemplatesDocument, {}, admin)).data!.replyTemplates[0],
        (r) => r.title,
        (_c, i) => `并发修改模板 第${i + 1}次`,
        // The input is the whole template: category and body travel with the new title.
        (id, value, version, r) => t.gql(UpdateReplyTemplateDocument, { id, input: { title: value as string, body: r.body, category: r.category, active: r.active }, version }, admin),
      ),
      listRace(
        'updateEvaluationScheme',
        async () => {
          // Only a draft changes; the seeded schemes are published, so the race runs on a new draft.
          if (!schemeId) {
            const rules = JSON.parse(JSON.stringify(UNIT_SCHEME_RULES)) as ScoringRulesInput;
            const created = await t.gql(CreateEvaluationSchemeDocument, { input: { name: '并发测试方案', subjectType: 'UNIT', periodKind: 'YEAR', rules } }, admin);
            schemeId = created.data!.createEvaluationScheme.id;
          }
          return (await t.gql(EvaluationSchemeDocument, { id: schemeId }, admin)).data!.evaluationScheme;
        },
        (s) => s.name,
        (_c, i) => `并发修改方案名称 第${i + 1}次`,
        (id, value, version) => t.gql(UpdateEvaluationSchemeDocument, { id, input: { name: value as string }, version }, admin),
      ),
      listRace(
        'updateSavedQuery',
        async () => {
          // Saved queries are the caller's own and none are seeded: the race runs on the admin's first.
          const mine = (await t.gql(SavedQueriesDocument, {}, admin)).data!.savedQueries.items;
          if (mine.length) return mine[0];
          return (await t.gql(CreateSavedQueryDocument, { input: { name: '并发测试查询', query: 'query { me { id } }' } }, admin)).data!.createSavedQuery;
        },
        (q) => q.name,
        (_c, i) => `并发修改查询名称 第${i + 1}次`,
        // The input is the whole query: its text travels with the new name.
        (id, value, version, q) => t.gql(UpdateSavedQueryDocument, { id, input: { name: value as string, query: q.query }, version }, admin),
      ),
    ];
    const problems: string[] = [];
    for (const race of handWritten) {
      const before = await race.read();
      const values = Array.from({ length: N }, (_, i) => race.value(before.value, i));
      const results = await Promise.all(values.map((v) => race.send(v, before.version)));
      const codes = results.map((r) => {
        const e = r.errors?.[0]?.extensions;
        return !e ? 'OK' : e.reason === 'STALE_VERSION' ? 'CONFLICT' : `${String(e.code)}:${String(e.reason)}`;
      });
      const wins = codes.flatMap((c, i) => (c === 'OK' ? [i] : []));
      if (wins.length !== 1 || codes.filter((c) => c === 'CONFLICT').length !== N - 1) {
        problems.push(`${race.command}: ${codes.join(',')}`);
        continue;
      }
      const after = await race.read();
      if (after.value !== values[wins[0]] || after.version !== before.version + 1) {
        problems.push(`${race.command}: stored ${JSON.stringify(after)} after winner ${String(values[wins[0]])} at version ${before.version}`);
        continue;
      }
      covered.add(race.command);
    }
    expect(problems).toEqual([]);
  }, SLOW);

  it('covers every update command of the schema', () => {
    const all = rootFields().filter((f) => f.root === 'Mutation' && /^update[A-Z]/.test(f.name)).map((f) => f.name).sort();
    expect(all.filter((name) => !covered.has(name))).toEqual([]);
  });
});
