import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { AppContext } from '../../app/context';
import { AppError, ErrorCode } from '../../app/errors';
import { refusal } from '../../app/http-hardening';
import { RateLimiter } from '../../app/rate-limit';

/** The portal's read-only queries: cacheable, rate-limited per address, answered to anyone. */
export const PORTAL_QUERIES = new Set(['publicRecords', 'publicUnits', 'publicHonourRoll', 'publicDisclosureRules', 'verifyCreditReport']);

/**
 * Deepest selection a caller without an account may send. Everything public is
 * flat (a list of items of scalars); the signed-in limit (8) is for the console.
 */
export const ANONYMOUS_MAX_DEPTH = 4;

/** How long browsers and proxies may keep a portal answer (it holds no personal data). */
export const PUBLIC_MAX_AGE_SECONDS = Number(process.env.PUBLIC_CACHE_SECONDS ?? 60);

export const portalLimiter = new RateLimiter(Number(process.env.PUBLIC_QUERIES_PER_MINUTE ?? 60), 60_000);

/** Depth of a selection set, following fragments (each fragment once per path). */
function depthOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string> = new Set()): number {
  if (!set) return 0;
  let deepest = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + depthOf(s.selectionSet, fragments, seen));
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(s.selectionSet, fragments, seen));
    } else {
      const name = s.name.value;
      const f = fragments.get(name);
      if (!f || seen.has(name)) continue;
      deepest = Math.max(deepest, depthOf(f.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

function rootFieldNames(op: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): string[] {
  const names: string[] = [];
  const walk = (set: SelectionSetNode, seen: Set<string>) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) names.push(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet, seen);
      else if (!seen.has(s.name.value) && fragments.has(s.name.value)) walk(fragments.get(s.name.value)!.selectionSet, new Set([...seen, s.name.value]));
    }
  };
  walk(op.selectionSet, new Set());
  return names;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) map.set(d.name.value, d);
  return map;
}

/**
 * The public portal's limits, before any resolver runs:
 * - a caller without an account sends at most ANONYMOUS_MAX_DEPTH levels;
 * - portal queries stand alone (nothing signed-in beside them, so the answer can be cached);
 * - each client address makes at most PUBLIC_QUERIES_PER_MINUTE portal requests a minute (RATE_LIMITED, 429);
 * and a successful portal answer may be kept by browsers and proxies for a minute.
 */
export const publicLimits: ApolloServerPlugin<AppContext> = {
  async requestDidStart() {
    let portal = false;
    return {
      async didResolveOperation({ document, operation, contextValue }) {
        if (!operation) return;
        const fragments = fragmentsOf(document);
        if (!contextValue.user && !contextValue.viaRouter) {
          const depth = depthOf(operation.selectionSet, fragments);
          if (depth > ANONYMOUS_MAX_DEPTH) {
            throw new GraphQLError(`The query depth ${depth} exceeds ${ANONYMOUS_MAX_DEPTH}, the limit without signing in`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        }
        const roots = rootFieldNames(operation, fragments).filter((n) => n !== '__typename');
        if (!roots.some((n) => PORTAL_QUERIES.has(n))) return;
        if (operation.operation !== 'query' || !roots.every((n) => PORTAL_QUERIES.has(n))) {
          throw refusal(
            new AppError(ErrorCode.BAD_USER_INPUT, 'Public portal queries must be sent on their own', 'PUBLIC_QUERY_MIXED'),
            400,
          );
        }
        try {
          portalLimiter.take(contextValue.clientIp);
        } catch (e) {
          throw e instanceof AppError ? refusal(e, 429) : e;
        }
        portal = true;
      },
      async willSendResponse({ response, errors, contextValue }) {
        if (!portal || errors?.length) return;
        if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
        response.http.headers.set('cache-control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`);
        contextValue.httpResponse?.removeHeader('pragma');
      },
    };
  },
};
