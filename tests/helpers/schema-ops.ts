import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/** A UUID that names no record. */
export const NONE = '00000000-0000-4000-8000-000000000000';

let cached: GraphQLSchema | undefined;
/** The committed schema (schema/schema.graphql), the one every client sees. */
export function committedSchema(): GraphQLSchema {
  cached ??= buildSchema(fs.readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8'));
  return cached;
}

export type Root = 'Query' | 'Mutation';

export interface RootField {
  root: Root;
  name: string;
  field: GraphQLField<unknown, unknown>;
}

/** Every query and mutation of the schema, without the federation runtime's own (`_service`, `_entities`). */
export function rootFields(schema = committedSchema()): RootField[] {
  const out: RootField[] = [];
  for (const root of ['Query', 'Mutation'] as const) {
    const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.name.startsWith('_')) continue;
      out.push({ root, name: field.name, field });
    }
  }
  return out;
}

/** A plain, valid-by-type value for each scalar the schema uses. */
export const SCALAR_SAMPLES: Record<string, unknown> = {
  ID: NONE,
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: true,
  SafeInt: 1,
  LocalDate: '2026-01-05',
  DateTimeISO: '2026-01-05T08:00:00.000Z',
  JSON: {},
  JSONObject: {},
};

export type ValueOf = (type: GraphQLInputType, where: string) => unknown;

/**
 * A value of the input type: required input fields always, optional ones when
 * `optional` says so. `leaf` chooses scalars and enums (a sample by default).
 */
export function inputValue(
  type: GraphQLInputType,
  leaf: ValueOf = sampleLeaf,
  where = '',
  optional: (where: string) => boolean = () => false,
  depth = 0,
): unknown {
  if (isNonNullType(type)) return inputValue(type.ofType, leaf, where, optional, depth);
  if (isListType(type)) return [inputValue(type.ofType, leaf, `${where}[]`, optional, depth)];
  if (isInputObjectType(type)) {
    const obj: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      const required = isNonNullType(f.type) && f.defaultValue === undefined;
      if (!required && (depth > 3 || !optional(`${where}.${f.name}`))) continue;
      obj[f.name] = inputValue(f.type, leaf, `${where}.${f.name}`, optional, depth + 1);
    }
    return obj;
  }
  return leaf(type, where);
}

export function sampleLeaf(type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (named.name in SCALAR_SAMPLES) return SCALAR_SAMPLES[named.name];
  throw new Error(`no sample for scalar ${named.name}: add it to SCALAR_SAMPLES`);
}

const requiredArg = (a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined;

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * One operation calling the root field: its required arguments (and the optional
 * ones `include` names) as variables, and the smallest selection (`__typename`
 * of an object result; `id` and `version` too when it has them).
 */
export function operationFor(
  rf: RootField,
  opts: { args?: Record<string, unknown>; leaf?: ValueOf; include?: (where: string) => boolean; select?: string } = {},
): Operation {
  const variables: Record<string, unknown> = {};
  const defs: string[] = [];
  const uses: string[] = [];
  for (const a of rf.field.args) {
    const given = opts.args && a.name in opts.args;
    if (!given && !requiredArg(a) && !opts.include?.(a.name)) continue;
    variables[a.name] = given ? opts.args![a.name] : inputValue(a.type, opts.leaf, a.name, opts.include);
    defs.push(`$${a.name}: ${a.type.toString()}`);
    uses.push(`${a.name}: $${a.name}`);
  }
  const result = getNamedType(rf.field.type);
  let selection = '';
  if (!isLeafType(result)) {
    const fields = 'getFields' in result ? result.getFields() : {};
    selection = opts.select ?? `{ __typename${'id' in fields ? ' id' : ''}${'version' in fields ? ' version' : ''} }`;
  }
  const op = rf.root === 'Query' ? 'query' : 'mutation';
  const query = `${op} ${rf.name[0].toUpperCase()}${rf.name.slice(1)}${defs.length ? `(${defs.join(', ')})` : ''} { ${rf.name}${uses.length ? `(${uses.join(', ')})` : ''} ${selection} }`;
  return { query, variables };
}
