import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import { ErrorCode, refusalBody } from './errors';

export const ROUTER_SECRET_HEADER = 'x-router-secret';

// Shorter secrets can be guessed; the router and this server share it, so length costs nothing.
export const MIN_ROUTER_SECRET_LENGTH = 32;

const digest = (value: string) => crypto.createHash('sha256').update(value, 'utf8').digest();

/** Constant-time equality of two strings of any length (their SHA-256 digests are compared). */
export function sameSecret(given: string, expected: string): boolean {
  return crypto.timingSafeEqual(digest(given), digest(expected));
}

/**
 * When the subgraph runs behind a router (ROUTER_SECRET set), every request to
 * the GraphQL route must carry the router's secret. The check runs before the
 * body is read or parsed, so `_service`, `_entities` and malformed requests are
 * refused alike. Requests that pass are marked `res.locals.viaRouter`.
 */
export function routerGate(secret: string | undefined): RequestHandler {
  if (secret !== undefined && secret.length < MIN_ROUTER_SECRET_LENGTH) {
    throw new Error(`ROUTER_SECRET must be at least ${MIN_ROUTER_SECRET_LENGTH} characters`);
  }
  return (req, res, next) => {
    if (secret === undefined) {
      res.locals.viaRouter = false;
      return next();
    }
    const given = req.header(ROUTER_SECRET_HEADER);
    if (!given) {
      res.status(401).json(refusalBody(ErrorCode.ROUTER_REQUIRED, 'This API answers only its router', 'ROUTER_SECRET_MISSING'));
      return;
    }
    if (!sameSecret(given, secret)) {
      res.status(403).json(refusalBody(ErrorCode.ROUTER_REQUIRED, 'This API answers only its router', 'ROUTER_SECRET_WRONG'));
      return;
    }
    res.locals.viaRouter = true;
    next();
  };
}
