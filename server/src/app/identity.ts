import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../modules/auth/user.entity';
import type { AuthUser } from './context';
import { ErrorCode, isUuid, refusalBody } from './errors';
import { ALL_ROLES, type Role } from './roles';

export const IDENTITY_HEADER = 'x-integrity-identity';

// The router signs each request it forwards; a short lifetime bounds replay of a captured header.
export const MAX_IDENTITY_LIFETIME_SECONDS = 600;
export const MIN_IDENTITY_KEY_LENGTH = 32;

/** Who the router says the end user is. `exp` is in seconds since the epoch. */
export interface IdentityClaims {
  sub: string;
  username: string;
  roles: Role[];
  unitId?: string;
  exp: number;
}

const mac = (key: string, payload: string) => crypto.createHmac('sha256', key).update(payload, 'utf8').digest();

/** `base64url(JSON claims) "." base64url(HMAC-SHA256(key, first part))`: what a router sends in x-integrity-identity. */
export function signIdentity(claims: IdentityClaims, key: string): string {
  const payload = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
  return `${payload}.${mac(key, payload).toString('base64url')}`;
}

function isClaims(value: unknown): value is IdentityClaims {
  const c = value as Partial<IdentityClaims> | null;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.sub === 'string' &&
    isUuid(c.sub) &&
    typeof c.username === 'string' &&
    Array.isArray(c.roles) &&
    c.roles.every((r) => ALL_ROLES.includes(r)) &&
    (c.unitId === undefined || typeof c.unitId === 'string') &&
    typeof c.exp === 'number'
  );
}

export type IdentityCheck = { claims: IdentityClaims } | { problem: 'IDENTITY_INVALID' | 'IDENTITY_EXPIRED' };

/** Checks the signature first (constant time), then the claims and their lifetime. */
export function verifyIdentity(header: string, key: string, nowMs = Date.now()): IdentityCheck {
  const [payload, signature, extra] = header.split('.');
  if (!payload || !signature || extra !== undefined || header.length > 4096) return { problem: 'IDENTITY_INVALID' };
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(key, payload);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return { problem: 'IDENTITY_INVALID' };
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { problem: 'IDENTITY_INVALID' };
  }
  if (!isClaims(claims)) return { problem: 'IDENTITY_INVALID' };
  const now = nowMs / 1000;
  if (claims.exp <= now) return { problem: 'IDENTITY_EXPIRED' };
  if (claims.exp > now + MAX_IDENTITY_LIFETIME_SECONDS) return { problem: 'IDENTITY_INVALID' };
  return { claims };
}

/**
 * Reads the end user's identity that the router signed. It is honoured only on
 * requests that passed the router gate and only with ROUTER_IDENTITY_KEY set; a
 * header that cannot be honoured is refused, never silently ignored. Verified
 * claims go to `res.locals.identity`.
 */
export function routerIdentity(key: string | undefined): RequestHandler {
  if (key !== undefined && key.length < MIN_IDENTITY_KEY_LENGTH) {
    throw new Error(`ROUTER_IDENTITY_KEY must be at least ${MIN_IDENTITY_KEY_LENGTH} characters`);
  }
  return (req, res, next) => {
    const header = req.header(IDENTITY_HEADER);
    if (header === undefined) return next();
    const refuse = (reason: string, message: string) =>
      void res.status(401).json(refusalBody(ErrorCode.UNAUTHENTICATED, message, reason));
    if (key === undefined || res.locals.viaRouter !== true) {
      return refuse('IDENTITY_NOT_ACCEPTED', 'This API accepts a forwarded identity only from its router');
    }
    const check = verifyIdentity(header, key);
    if ('problem' in check) {
      return refuse(check.problem, check.problem === 'IDENTITY_EXPIRED' ? 'The forwarded identity has expired' : 'The forwarded identity is not valid');
    }
    res.locals.identity = check.claims;
    next();
  };
}

/**
 * The local account behind verified claims. The router may narrow the user's
 * roles but never widen them: the roles in force are those both name, and the
 * unit is the account's own.
 */
export async function userFromIdentity(em: EntityManager, claims: IdentityClaims): Promise<AuthUser | undefined> {
  const user = await em.findOne(User, { id: claims.sub, active: true });
  if (!user || user.username !== claims.username) return undefined;
  const roles = claims.roles.filter((r) => user.roles.includes(r));
  if (roles.length === 0) return undefined;
  return { id: user.id, username: user.username, displayName: user.displayName, roles, unitId: user.unit?.id };
}
