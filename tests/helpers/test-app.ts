import crypto from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { closeDatabase, migrate, openDatabase } from '../../server/src/app/orm';
import { configureSecrets } from '../../server/src/app/secrets';
import { createApp, type App, type AppOptions } from '../../server/src/app/server';
import { seedDemoCounty } from '../../server/src/seed/demo-county.seed';
import { LoginDocument } from '../generated/graphql';

export const DEMO_PASSWORD = 'Chengxin@2026';

export interface GqlResult<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

export interface TestApp {
  /** The GraphQL endpoint; the server's root is the same URL without `/graphql`. */
  url: string;
  /** The server itself (its metrics registry, its HTTP server). */
  app: App;
  orm: MikroORM;
  /** Which database this suite runs on. */
  database: 'postgresql' | 'pglite';
  /** The scratch database's URL on PostgreSQL (a second instance can open it). */
  databaseUrl?: string;
  gql<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, token?: string): Promise<GqlResult<T>>;
  /** Raw HTTP POST of a GraphQL body. */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; json: any }>;
  login(username: string, password?: string): Promise<string>;
  /** Runs fn and returns how many SQL statements it issued. */
  countQueries(fn: () => Promise<unknown>): Promise<number>;
  /** Runs fn and returns the SQL statements it issued (as the ORM logs them). */
  captureQueries(fn: () => Promise<unknown>): Promise<string[]>;
  em(): EntityManager;
  close(): Promise<void>;
}

/** The code of the first error, as a client would branch on it. */
export function errorCode(result: { errors?: readonly GraphQLFormattedError[] }): string | undefined {
  return result.errors?.[0]?.extensions?.code as string | undefined;
}

/** An empty database of its own on the PostgreSQL server at `adminUrl`, dropped with `drop()`. */
export async function createScratchDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `it_${crypto.randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ databaseUrl: adminUrl });
  await admin.em.getConnection().execute(`create database "${name}"`);
  await closeDatabase(admin);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const a = await openDatabase({ databaseUrl: adminUrl });
      await a.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
      await closeDatabase(a);
    },
  };
}

/** A client of the GraphQL endpoint at `url`, as the console and API clients call it. */
export function httpClient(url: string): Pick<TestApp, 'post' | 'gql' | 'login'> {
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = { raw: text };
    }
    return { status: res.status, json };
  };

  const gql = async <T, V>(doc: TypedDocumentNode<T, V>, variables?: V, token?: string): Promise<GqlResult<T>> => {
    const { status, json } = await post(
      { query: print(doc), variables: variables ?? {} },
      token ? { authorization: `Bearer ${token}` } : {},
    );
    return { status, data: json.data, errors: json.errors };
  };
  const login = async (username: string, password = DEMO_PASSWORD) => {
    const r = await gql(LoginDocument, { username, password });
    if (!r.data?.login.token) throw new Error(`login as ${username} failed: ${JSON.stringify(r.errors)}`);
    return r.data.login.token;
  };
  return { post, gql, login };
}

/**
 * A migrated database of its own (a scratch database on the PostgreSQL server
 * in DATABASE_URL, else in-memory PGlite), seeded with the demo county, and
 * the real HTTP server on a free port.
 */
export async function startTestApp(
  opts: {
    seed?: boolean;
    consoleDir?: string;
    /** A database on PostgreSQL that the caller made and fills (it is migrated, never seeded nor dropped here). */
    databaseUrl?: string;
  } & Pick<AppOptions, 'routerSecret' | 'routerIdentityKey'> = {},
): Promise<TestApp> {
  configureSecrets({ idHashKey: crypto.randomBytes(32).toString('hex') });
  const scratch = opts.databaseUrl
    ? { url: opts.databaseUrl, drop: async () => {} }
    : process.env.DATABASE_URL
      ? await createScratchDatabase(process.env.DATABASE_URL)
      : undefined;
  let counting = false;
  let captured: string[] = [];
  const orm = await openDatabase({
    databaseUrl: scratch?.url,
    onQuery: (message) => {
      if (counting && message.includes('[query]')) captured.push(message);
    },
  });
  await migrate(orm);
  if (opts.seed !== false && !opts.databaseUrl) await seedDemoCounty(orm.em as EntityManager, DEMO_PASSWORD);
  let app: App;
  try {
    app = await createApp({
      orm,
      consoleDir: opts.consoleDir ?? '/nonexistent',
      routerSecret: opts.routerSecret,
      routerIdentityKey: opts.routerIdentityKey,
    });
  } catch (e) {
    await closeDatabase(orm);
    await scratch?.drop();
    throw e;
  }
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;

  const { post, gql, login } = httpClient(url);

  const captureQueries = async (fn: () => Promise<unknown>) => {
    captured = [];
    counting = true;
    try {
      await fn();
    } finally {
      counting = false;
    }
    return captured;
  };

  return {
    url,
    app,
    orm,
    database: scratch ? 'postgresql' : 'pglite',
    databaseUrl: scratch?.url,
    gql,
    post,
    login,
    countQueries: async (fn) => (await captureQueries(fn)).length,
    captureQueries,
    em: () => orm.em.fork() as EntityManager,
    close: async () => {
      await app.stop();
      await closeDatabase(orm);
      await scratch?.drop();
    },
  };
}
