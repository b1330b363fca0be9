import type { AppContext } from '../../app/context';
import { assertVersion, badInput, conflict, isUuid, notFound, unauthenticated } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, type Page } from '../../app/list';
import { User } from '../auth/user.entity';
import { SavedQuery } from './saved-query.entity';
import type { SaveQueryInput, SavedQueryListArgs } from './saved-query.input';

/** Domain reasons of saved queries (`extensions.reason`). */
export enum SavedQueryReason {
  QUERY_NAME_TAKEN = 'QUERY_NAME_TAKEN',
  VARIABLES_NOT_JSON = 'VARIABLES_NOT_JSON',
}

function ownerId(ctx: AppContext): string {
  if (!ctx.user) throw unauthenticated();
  return ctx.user.id;
}

/** Variables are kept as typed, but must be a JSON object (or nothing) so the explorer can send them. */
function checkedVariables(text: string | undefined | null): string | undefined {
  if (!text?.trim()) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw badInput('variables', 'The variables must be a JSON object', SavedQueryReason.VARIABLES_NOT_JSON);
  }
  return text;
}

export class SavedQueryService {
  async list(ctx: AppContext, args: SavedQueryListArgs, info?: GraphQLResolveInfo): Promise<Page<SavedQuery>> {
    return findPage(
      ctx.em,
      SavedQuery,
      { owner: ownerId(ctx) },
      { orderBy: [{ name: 'ASC' }, { id: 'ASC' }], offset: args.offset, limit: args.limit },
      info,
    );
  }

  /** Another user's query answers NOT_FOUND, as if it did not exist. */
  async get(ctx: AppContext, id: string): Promise<SavedQuery> {
    const found = isUuid(id) ? await ctx.em.findOne(SavedQuery, { id, owner: ownerId(ctx) }) : null;
    if (!found) throw notFound('Saved query');
    return found;
  }

  async create(ctx: AppContext, input: SaveQueryInput): Promise<SavedQuery> {
    const owner = ownerId(ctx);
    const name = input.name.trim();
    await this.assertNameFree(ctx, name);
    const saved = ctx.em.create(SavedQuery, {
      owner: ctx.em.getReference(User, owner),
      name,
      query: input.query,
      variables: checkedVariables(input.variables),
    });
    await ctx.em.flush();
    return saved;
  }

  async update(ctx: AppContext, id: string, input: SaveQueryInput, version: number): Promise<SavedQuery> {
    const saved = await this.get(ctx, id);
    assertVersion(saved, version);
    const name = input.name.trim();
    if (name !== saved.name) await this.assertNameFree(ctx, name, saved.id);
    Object.assign(saved, { name, query: input.query, variables: checkedVariables(input.variables) ?? null });
    await ctx.em.flush();
    return saved;
  }

  async delete(ctx: AppContext, id: string): Promise<string> {
    const saved = await this.get(ctx, id);
    ctx.em.remove(saved);
    await ctx.em.flush();
    return id;
  }

  private async assertNameFree(ctx: AppContext, name: string, exceptId?: string) {
    if (!name) throw badInput('name', 'Give the query a name');
    const taken = await ctx.em.count(SavedQuery, { owner: ownerId(ctx), name, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
    if (taken > 0) throw conflict('You already have a saved query of this name', SavedQueryReason.QUERY_NAME_TAKEN, 'name');
  }
}

export const savedQueryService = new SavedQueryService();
