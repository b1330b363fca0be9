import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError as ClassValidationError } from 'class-validator';
import { databaseUnavailable } from './database-unavailable';
import { errorFields } from './logger';

export { databaseUnavailable };
import {
  ForeignKeyConstraintViolationException,
  NotFoundError,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';

/** The error codes a client can rely on (`extensions.code`). */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** Too many requests from one client in a short time (public intake). */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The database is unreachable, overloaded or too slow; the command did not happen, retry later. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** The subgraph answers only its router (ROUTER_SECRET is set and the request lacks the right secret). */
  ROUTER_REQUIRED = 'ROUTER_REQUIRED',
}

export interface FieldProblem {
  field: string;
  message: string;
  /** A domain code for this one problem, when a field can fail in several ways (screens translate it). */
  reason?: string;
}

/**
 * A failure the client caused or may act on. `reason` is a domain code
 * (e.g. `UNIT_CODE_TAKEN`) that screens can translate; `field` names the input
 * field to highlight.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly reason?: string,
    readonly field?: string,
    readonly fields?: FieldProblem[],
    /** Values a screen needs to word the error itself (e.g. the earliest date allowed). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (field: string, message: string, reason = 'INVALID_VALUE') =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, reason, field, [{ field, message }]);

export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found`, 'NOT_FOUND');

export const forbidden = (message = 'Not allowed', reason = 'FORBIDDEN') =>
  new AppError(ErrorCode.FORBIDDEN, message, reason);

export const unauthenticated = (message = 'Sign in first', reason = 'UNAUTHENTICATED') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message, reason);

export const conflict = (message: string, reason = 'CONFLICT', field?: string) =>
  new AppError(ErrorCode.CONFLICT, message, reason, field);

export const staleVersion = () =>
  conflict('The record was changed by someone else; reload it and try again', 'STALE_VERSION', 'version');

/** class-validator's problems as one list of field and message, nested fields as `a.b`. */
export function flattenValidation(errors: ClassValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    for (const message of Object.values(e.constraints ?? {})) out.push({ field, message });
    if (e.children?.length) out.push(...flattenValidation(e.children, field));
  }
  return out;
}

/** Input objects are wrapped in an argument named `input`; clients think in the field's own name. */
function clientFieldName(path: string): string {
  return path.replace(/^(input|filter|sort)\./, '');
}

function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  // Refusals raised by plugins before execution arrive wrapped in a GraphQLError.
  if (error instanceof GraphQLError && error.originalError instanceof AppError) return error.originalError;
  if (error instanceof ArgumentValidationError) {
    const fields = flattenValidation(error.extensions.validationErrors).map((p) => ({
      field: clientFieldName(p.field),
      message: p.message,
    }));
    const first = fields[0];
    return new AppError(
      ErrorCode.BAD_USER_INPUT,
      first ? `Invalid value for ${first.field}: ${first.message}` : 'Invalid input',
      'VALIDATION_FAILED',
      first?.field,
      fields,
    );
  }
  if (error instanceof OptimisticLockError) return staleVersion();
  if (error instanceof UniqueConstraintViolationException) {
    return conflict('A record with the same unique value already exists', 'DUPLICATE');
  }
  if (error instanceof ForeignKeyConstraintViolationException) {
    return conflict('The record is still referenced by other records', 'REFERENCED');
  }
  if (error instanceof NotFoundError) return notFound('Record');
  const rejected = rejectedByDatabase(error);
  if (rejected) return new AppError(ErrorCode.BAD_USER_INPUT, rejected.message, rejected.reason);
  const unavailable = databaseUnavailable(error);
  if (unavailable) return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The database is not available; try again shortly', unavailable);
  return undefined;
}

// PostgreSQL's codes for a lost or refused connection, a cancelled statement and an
// idle transaction ended by the server; and the driver's messages for a dead socket.

// Values the database refused as data (too long, out of range, not a valid date or
// number): a validator missed them, but they are still the client's input.
const DATA_CODES: Record<string, { reason: string; message: string }> = {
  '22001': { reason: 'VALUE_TOO_LONG', message: 'A value is longer than allowed' },
  '22003': { reason: 'VALUE_OUT_OF_RANGE', message: 'A number is out of range' },
  '22007': { reason: 'INVALID_DATE', message: 'A date or time is not valid' },
  '22008': { reason: 'INVALID_DATE', message: 'A date or time is out of range' },
  '22P02': { reason: 'INVALID_VALUE', message: 'A value has the wrong format' },
  '22021': { reason: 'INVALID_TEXT', message: 'Text contains characters that cannot be stored' },
  '22P05': { reason: 'INVALID_TEXT', message: 'Text contains characters that cannot be stored' },
};

function rejectedByDatabase(error: unknown): { reason: string; message: string } | undefined {
  for (let e = error as { code?: string; cause?: unknown; previous?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === 'string' && DATA_CODES[e.code]) return DATA_CODES[e.code];
    e = (e.cause ?? e.previous) as typeof e;
  }
  return undefined;
}


export interface ErrorLogger {
  error(message: string, meta?: Record<string, unknown>): void;
}

/**
 * The single place where errors become client-visible. Known errors keep their
 * code; GraphQL's own parse/validation errors pass through; everything else is
 * logged and masked so no stack, SQL or data reaches the client.
 */
export function createErrorFormatter(logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const app = toAppError(original);
    if (app) {
      return {
        message: app.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: {
          code: app.code,
          ...(app.reason ? { reason: app.reason } : {}),
          ...(app.field ? { field: app.field } : {}),
          ...(app.fields ? { fields: app.fields } : {}),
          ...(app.details ? { details: app.details } : {}),
        },
      };
    }
    const code = formatted.extensions?.code;
    // Errors raised by graphql-js/Apollo before execution (syntax, validation,
    // variable coercion) describe the request, not our data: keep them.
    const clientSide =
      code === 'GRAPHQL_PARSE_FAILED' ||
      code === 'GRAPHQL_VALIDATION_FAILED' ||
      code === 'BAD_USER_INPUT' ||
      code === 'PERSISTED_QUERY_NOT_FOUND' ||
      code === 'OPERATION_RESOLUTION_FAILURE' ||
      code === 'BAD_REQUEST';
    if (clientSide && !(original instanceof Error && !(original instanceof GraphQLError))) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    logger.error('unexpected error', { path: formatted.path?.join('.'), ...errorFields(original) });
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * The body of a refusal made before GraphQL runs (router gate, router identity):
 * shaped like a GraphQL response so that routers and clients read it the same way.
 */
export function refusalBody(code: ErrorCode, message: string, reason: string) {
  return { errors: [{ message, extensions: { code, reason } }] };
}

/** Refuses an update sent with a version other than the stored one (optimistic locking). */
export function assertVersion(entity: { version: number }, version: number): void {
  if (entity.version !== version) throw staleVersion();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else names no record (and must not reach the database as a cast error). */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
