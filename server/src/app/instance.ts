import crypto from 'node:crypto';
import os from 'node:os';
import { createPublicCache } from '../modules/disclosure/public-cache';
import type { VersionedCache } from './versioned-cache';

/** Rows of a running import: in the file, and checked or written so far. */
export interface ImportProgress {
  total: number;
  done: number;
}

/**
 * What one server instance keeps in its own memory. Instances behind a load
 * balancer share only the database, and so do two instances started in one
 * process (the scale-out tests): each gets its own from createApp.
 */
export interface ServerInstance {
  /** host:pid:random, written on the work this instance runs. */
  readonly name: string;
  /** The import jobs this instance is running, by job id: the fast path of their progress. */
  readonly imports: Map<string, ImportProgress>;
  /** The public portal's answers. */
  readonly publicCache: VersionedCache;
}

/** Names this process (host, pid and a random part, for two instances in one process). */
export function instanceName(): string {
  return `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`.slice(0, 120);
}

export function createInstance(): ServerInstance {
  return { name: instanceName(), imports: new Map(), publicCache: createPublicCache() };
}

let fallback: ServerInstance | undefined;

/** The request's instance; a context built outside a server (scripts, tests) shares one for the process. */
export function instanceOf(ctx: { instance?: ServerInstance }): ServerInstance {
  return ctx.instance ?? (fallback ??= createInstance());
}
