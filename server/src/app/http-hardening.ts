import type { ApolloServerPlugin } from '@apollo/server';
import weakMemoize from '@emotion/weak-memoize';
import type express from 'express';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import helmet from 'helmet';
import type { AppContext } from './context';
import { AppError, ErrorCode, forbidden, unauthenticated } from './errors';
import { Role } from './roles';

/** Most tokens a GraphQL document may have; the parser stops at the next one. */
export const MAX_TOKENS = 3000;

/** Largest GraphQL request body accepted; anything bigger is answered 413 before parsing. */
export const MAX_BODY = '1mb';

/**
 * Security headers for every response (console and API). The console is built
 * with Vite and loads only its own scripts; MUI writes inline styles. No
 * `upgrade-insecure-requests`: a bureau may serve the console over plain HTTP on its LAN.
 */
export function securityHeaders(): express.RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: { 'upgrade-insecure-requests': null, 'connect-src': ["'self'"] },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/** API answers carry personal data: no browser or proxy may keep them. */
export const noStore: express.RequestHandler = (_req, res, next) => {
  res.setHeader('cache-control', 'no-store');
  res.setHeader('pragma', 'no-cache');
  next();
};

/**
 * Body-parser failures (too large, malformed JSON) as GraphQL-shaped JSON with a
 * typed code, never Express's HTML page with a stack trace.
 */
export const bodyErrors: express.ErrorRequestHandler = (err, _req, res, next) => {
  const e = err as { type?: string; status?: number };
  if (res.headersSent) return next(err);
  const tooLarge = e.type === 'entity.too.large';
  const status = tooLarge ? 413 : e.status && e.status >= 400 && e.status < 500 ? e.status : 400;
  res.status(status).json({
    errors: [
      {
        message: tooLarge ? `The request body is larger than ${MAX_BODY}` : 'The request body is not valid JSON',
        extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' },
      },
    ],
  });
};

/** The q-value the Accept header gives a media type (wildcard ranges count, the most specific wins). */
function quality(accept: string, type: string): number {
  let best = -1;
  let bestSpecificity = -1;
  for (const part of accept.split(',')) {
    const [range, ...params] = part.trim().toLowerCase().split(';');
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    const [major] = type.split('/');
    const specificity = range === type ? 2 : range === `${major}/*` ? 1 : range === '*/*' ? 0 : -1;
    if (specificity > bestSpecificity) {
      bestSpecificity = specificity;
      best = Number.isFinite(q) ? q : 0;
    }
  }
  return best;
}

const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * GraphQL over HTTP: a client that takes `application/json` (and not the newer
 * `application/graphql-response+json`) gets its parse, validation and variable
 * errors with status 200, as the spec asks; newer clients keep Apollo's 400.
 */
export const legacyJsonStatus: ApolloServerPlugin<AppContext> = {
  async requestDidStart({ request }) {
    return {
      async willSendResponse({ response, errors }) {
        if (response.http.status !== 400 || !errors?.length) return;
        if (!errors.every((e) => REQUEST_ERRORS.has(String(e.extensions?.code)))) return;
        const accept = request.http?.headers.get('accept');
        if (!accept) return;
        const json = quality(accept, 'application/json');
        if (json > 0 && json >= quality(accept, 'application/graphql-response+json')) response.http.status = 200;
      },
    };
  },
};

// With the u flag a proper surrogate pair is one code point; only unpaired halves match \p{Cs}.
// eslint-disable-next-line no-control-regex -- NUL is exactly what is looked for
const UNSTORABLE = /\u0000|\p{Cs}/u;

/** The path of the first string in a request's variables that cannot be stored as text. */
export function unstorableText(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') {
    // PostgreSQL text holds no NUL, and an unpaired surrogate would come back as U+FFFD.
    return UNSTORABLE.test(value) ? path || 'value' : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableText(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = unstorableText(v, path ? `${path}.${k}` : k);
      if (found) return found;
    }
  }
  return undefined;
}

// Apollo keeps each parsed document and hands the same object to every request that sends its
// text, so what is found in a document's literals is found once.
/** Whether a string literal of the document cannot be stored as text. */
const literalsUnstorable = weakMemoize((document: DocumentNode): boolean => {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (!found && unstorableText(node.value)) found = true;
    },
  });
  return found;
});

/**
 * Text is stored verbatim or refused: NUL characters and unpaired surrogates, in
 * variables or in the document's own string literals, are refused up front with
 * BAD_USER_INPUT rather than failing (or changing) in the database.
 */
export const textGuard: ApolloServerPlugin<AppContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const field = unstorableText(request.variables ?? {}) ?? (literalsUnstorable(document) ? 'query' : undefined);
        if (field) {
          throw refusal(
            new AppError(ErrorCode.BAD_USER_INPUT, 'Text may not contain NUL characters or unpaired surrogates', 'INVALID_TEXT', field),
            400,
          );
        }
      },
    };
  },
};

/** Roles that may read the schema through introspection (the router may too). */
const SCHEMA_READERS: Role[] = [Role.ADMIN, Role.ANALYST];

/** Whether an operation reads the schema: `__schema`, `__type` or the federation SDL (`_service`). */
export const readsSchema = weakMemoize((document: DocumentNode): boolean => {
  let found = false;
  visit(document, {
    Field(node) {
      const name = node.name.value;
      if (name === '__schema' || name === '__type' || name === '_service') {
        found = true;
        return false;
      }
      return undefined;
    },
  });
  return found;
});

/** The client error for a refused request, with an HTTP status Apollo keeps. */
export function refusal(error: AppError, status: number): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: { http: { status } } });
}

/**
 * Introspection is on only for signed-in administrators and analysts, and for
 * requests that came through the federation router: the schema is a map of
 * everything the bureau keeps about people.
 */
export const introspectionGate: ApolloServerPlugin<AppContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        if (!readsSchema(document)) return;
        if (contextValue.viaRouter) return;
        const user = contextValue.user;
        if (!user) throw refusal(unauthenticated('Sign in to read the schema'), 401);
        if (!user.roles.some((r) => SCHEMA_READERS.includes(r))) {
          throw refusal(forbidden('Your role may not read the schema', 'INTROSPECTION_NOT_ALLOWED'), 403);
        }
      },
    };
  },
};
