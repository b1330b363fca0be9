import { ApolloError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { HttpError } from 'react-admin';
import { zhCN } from '../i18n/zh-CN';

/** The error codes the server promises in `extensions.code`. */
export type ServerErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAUTHENTICATED';

const STATUS: Record<ServerErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

interface ServerErrorExtensions {
  code?: string;
  reason?: string;
  field?: string;
  fields?: { field: string; message: string; reason?: string }[];
}

/** Where field messages go: on the top-level input (`roles.0` → `roles`), or on the nested input itself (forms of documents). */
export interface FieldErrorPlacement {
  nested?: boolean;
}

type FieldErrors = { [name: string]: string | FieldErrors };

/** Puts a message at a dotted path of the form's values; the first message for a path (or a path above it) wins. */
function place(errors: FieldErrors, path: string[], message: string): void {
  let node = errors;
  for (const [i, part] of path.entries()) {
    const last = i === path.length - 1;
    const here = node[part];
    if (typeof here === 'string') return;
    if (last) {
      if (here === undefined) node[part] = message;
      return;
    }
    node = (node[part] ??= {}) as FieldErrors;
  }
}

function graphQLErrorsOf(error: ApolloError): readonly GraphQLFormattedError[] {
  if (error.graphQLErrors.length) return error.graphQLErrors;
  // Errors raised before execution (e.g. variable coercion) come back with HTTP 400 as a network error.
  const result = (error.networkError as { result?: { errors?: GraphQLFormattedError[] } } | null)?.result;
  return result?.errors ?? [];
}

// Both languages hold the same keys (type-checked); the default one is loaded anyway.
const knownReasons = zhCN.app.errors as Record<string, string>;

/** A translation key for a domain reason, or the server's own message when the console has none. */
function messageFor(reason: string | undefined, fallback: string): string {
  return reason && reason in knownReasons ? `app.errors.${reason}` : fallback;
}

function isCode(code: string | undefined): code is ServerErrorCode {
  return !!code && code in STATUS;
}

/**
 * Turns a failed GraphQL call into react-admin's HttpError: the status drives
 * checkError (401 signs out), `body.errors` puts a message under the form field
 * the server named, and the message is a translation key where one exists.
 */
export function toHttpError(error: unknown, placement: FieldErrorPlacement = {}): unknown {
  if (!(error instanceof ApolloError)) return error;
  const first = graphQLErrorsOf(error)[0];
  if (!first) {
    const status = (error.networkError as { statusCode?: number } | null)?.statusCode ?? 0;
    return new HttpError('ra.notification.http_error', status);
  }
  const ext = (first.extensions ?? {}) as ServerErrorExtensions;
  const code = isCode(ext.code) ? ext.code : undefined;
  const status = code ? STATUS[code] : 500;
  const message = code === 'CONFLICT' && ext.reason === 'STALE_VERSION'
    ? 'app.errors.STALE_VERSION'
    : messageFor(ext.reason, first.message);

  const fieldErrors: FieldErrors = {};
  if (ext.field && ext.field !== 'version') {
    const problems: { field: string; message: string; reason?: string }[] = ext.fields?.length
      ? ext.fields
      : [{ field: ext.field, message: first.message }];
    for (const p of problems) {
      // Nested paths (roles.0) are shown on the input of the top-level field unless the form has inputs for them.
      const path = placement.nested ? p.field.split('.') : [p.field.split('.')[0]];
      place(fieldErrors, path, messageFor(p.reason ?? ext.reason, p.message));
    }
  }
  const body = {
    code,
    reason: ext.reason,
    ...(Object.keys(fieldErrors).length ? { errors: fieldErrors } : {}),
  };
  return new HttpError(message, status, body);
}

/** The server's error code of a failed call, for callers that branch on it. */
export function serverErrorCode(error: unknown): ServerErrorCode | undefined {
  if (error instanceof HttpError) return (error.body as { code?: ServerErrorCode } | undefined)?.code;
  if (error instanceof ApolloError) {
    const code = graphQLErrorsOf(error)[0]?.extensions?.code as string | undefined;
    return isCode(code) ? code : undefined;
  }
  return undefined;
}

/**
 * Moves the server's message about one input onto the form input that holds
 * its value, e.g. `subjectId` onto the unit or person picker the user chose.
 */
export function renameFieldError(error: unknown, from: string, to: string): unknown {
  if (!(error instanceof HttpError)) return error;
  const body = error.body as { errors?: Record<string, string> } | undefined;
  if (!body?.errors || !(from in body.errors)) return error;
  const { [from]: message, ...rest } = body.errors;
  return new HttpError(error.message, error.status, { ...body, errors: { ...rest, [to]: message } });
}

/**
 * For a custom form's onSubmit: the server's field errors to show on the form
 * (with `rename` moving one field's message onto the input the user filled in),
 * or, when the error names no field, a notification and undefined.
 */
export function submissionErrors(
  error: unknown,
  notify: (message: string, options: { type: 'error'; messageArgs: { _: string } }) => void,
  rename?: { from: string; to: string },
): Record<string, string> | undefined {
  const mapped = rename ? renameFieldError(toHttpError(error), rename.from, rename.to) : toHttpError(error);
  const errors = mapped instanceof HttpError ? (mapped.body as { errors?: Record<string, string> } | undefined)?.errors : undefined;
  if (errors) return errors;
  const message = mapped instanceof Error ? mapped.message : 'ra.notification.http_error';
  notify(message, { type: 'error', messageArgs: { _: message } });
  return undefined;
}

/** The message to show for a failed call on a custom page: a translation key where the console has one. */
export function errorMessage(error: unknown): string {
  const mapped = toHttpError(error) as { message?: string };
  return mapped.message ?? 'ra.notification.http_error';
}
