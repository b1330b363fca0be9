import crypto from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext, AuthUser } from '../../app/context';
import { AppError, assertVersion, badInput, conflict, ErrorCode, isUuid, notFound, unauthenticated } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, likePattern, type Page } from '../../app/list';
import { currentRequestMeta } from '../../app/request-context';
import { Role } from '../../app/roles';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { AuthErrorReason as R } from './auth.errors';
import type { CreateUserInput, UpdateUserInput, UserListArgs } from './auth.input';
import { loginThrottle } from './login-throttle';
import { dummyHash, hashPassword, passwordProblem, verifyPassword } from './password';
import { Session } from './session.entity';
import { User } from './user.entity';

export const sha256 = (value: string) => crypto.createHash('sha256').update(value).digest('hex');

interface SessionUserRow {
  session_id: string;
  id: string;
  username: string;
  display_name: string;
  roles: string[] | string;
  unit_id: string | null;
}

/** The live session of a token's hash with its active account (the hash is unique). */
const SESSION_USER = `select s."id" as session_id, u."id", u."username", u."display_name", u."roles", u."unit_id"
  from "session" s join "app_user" u on u."id" = s."user_id"
  where s."token_hash" = ? and s."revoked_at" is null and s."expires_at" > ? and u."active"`;

/** A text[] column as the driver hands it over: an array, or PostgreSQL's `{a,b}` text form. */
function textArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, '');
  return inner ? inner.split(',').map((v) => v.replace(/^"|"$/g, '')) : [];
}

export interface LoginOutcome {
  token: string;
  expiresAt: Date;
  user: User;
}

export class AuthService {
  constructor(private readonly sessionTtlHours = () => Number(process.env.SESSION_TTL_HOURS ?? 12)) {}

  /**
   * The signed-in user behind a bearer token, or undefined for a missing, expired or revoked one
   * (or one of a disabled account). Every request asks, so it is one plain statement: no query
   * building, no entities in the request's unit of work.
   */
  async authenticate(em: EntityManager, token: string | undefined): Promise<AuthUser | undefined> {
    if (!token || token.length > 200) return undefined;
    const [row] = await em.getConnection().execute<SessionUserRow[]>(SESSION_USER, [sha256(token), new Date()]);
    if (!row) return undefined;
    return {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      roles: textArray(row.roles) as Role[],
      unitId: row.unit_id ?? undefined,
      sessionId: row.session_id,
    };
  }

  async login(ctx: AppContext, username: string, password: string): Promise<LoginOutcome> {
    const { em } = ctx;
    const name = username.trim().toLowerCase().slice(0, 200);
    loginThrottle.check(name, ctx.clientIp);
    const user = await em.findOne(User, { username: name });
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
    if (!user || !ok || !user.active) {
      loginThrottle.failed(name, ctx.clientIp);
      // One answer for unknown users, wrong passwords and disabled accounts.
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'Wrong user name or password', R.INVALID_CREDENTIALS);
    }
    loginThrottle.succeeded(name);
    // The new session and the login time are the signed-in user's own doing.
    const meta = currentRequestMeta();
    if (meta) {
      meta.actorId = user.id;
      meta.actorName = user.username;
    }
    const token = crypto.randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.sessionTtlHours() * 3600_000);
    em.create(Session, { user, tokenHash: sha256(token), expiresAt });
    await em.flush();
    // Not through the versioned entity: two sign-ins of one user at once must not
    // conflict over the sign-in time (the new session is the audited change), and a
    // sign-in must not raise the account's version, or an administrator editing the
    // account meanwhile would get CONFLICT. Every ORM update raises the version, so
    // this one statement is written out.
    const lastLoginAt = new Date();
    await em.execute('update "app_user" set "last_login_at" = ? where "id" = ?', [lastLoginAt, user.id]);
    // Take the stored time into the unit of work's snapshot too, so a later flush of
    // this EntityManager sees the user unchanged.
    user.lastLoginAt = lastLoginAt;
    em.merge(user, { refresh: true });
    return { token, expiresAt, user };
  }

  async logout(ctx: AppContext, everywhere: boolean): Promise<number> {
    const user = this.requireUser(ctx);
    // An identity forwarded by the router has no session of its own to end.
    if (!everywhere && !user.sessionId) return 0;
    const where: FilterQuery<Session> = everywhere
      ? { user: user.id, revokedAt: null }
      : { id: user.sessionId, revokedAt: null };
    const sessions = await ctx.em.find(Session, where);
    const now = new Date();
    for (const s of sessions) s.revokedAt = now;
    await ctx.em.flush();
    return sessions.length;
  }

  async me(ctx: AppContext): Promise<User> {
    const user = this.requireUser(ctx);
    return ctx.em.findOneOrFail(User, user.id);
  }

  async changeOwnPassword(ctx: AppContext, current: string, next: string): Promise<boolean> {
    const auth = this.requireUser(ctx);
    const user = await ctx.em.findOneOrFail(User, auth.id);
    if (!(await verifyPassword(user.passwordHash, current))) {
      throw badInput('currentPassword', 'The current password is wrong', R.WRONG_CURRENT_PASSWORD);
    }
    await this.setPassword(user, next, 'newPassword');
    // Other sessions may belong to whoever learnt the old password.
    await this.revokeSessions(ctx, user.id, auth.sessionId);
    await ctx.em.flush();
    return true;
  }

  async listUsers(ctx: AppContext, args: UserListArgs, info?: GraphQLResolveInfo): Promise<Page<User>> {
    const f = args.filter ?? {};
    const where: FilterQuery<User> & Record<string, unknown> = {};
    if (f.q?.trim()) {
      const p = likePattern(f.q);
      where.$or = [{ username: { $ilike: p } }, { displayName: { $ilike: p } }];
    }
    if (f.role) where.roles = { $contains: [f.role] };
    if (f.unitId) where.unit = f.unitId;
    if (f.active !== undefined && f.active !== null) where.active = f.active;
    if (f.ids) where.id = { $in: f.ids };
    const column = { USERNAME: 'username', DISPLAY_NAME: 'displayName', LAST_LOGIN_AT: 'lastLoginAt', CREATED_AT: 'createdAt' } as const;
    return findPage(
      ctx.em,
      User,
      where,
      { orderBy: [...(args.sort ? [{ [column[args.sort.field]]: args.sort.order }] : []), { username: 'ASC' }], offset: args.offset, limit: args.limit },
      info,
    );
  }

  async getUser(ctx: AppContext, id: string): Promise<User> {
    const user = isUuid(id) ? await ctx.em.findOne(User, id) : null;
    if (!user) throw notFound('User');
    return user;
  }

  async createUser(ctx: AppContext, input: CreateUserInput): Promise<User> {
    const { em } = ctx;
    const username = input.username.trim().toLowerCase();
    if (await em.count(User, { username })) throw conflict('This user name is taken', R.USERNAME_TAKEN, 'username');
    const user = em.create(User, {
      username,
      displayName: input.displayName.trim(),
      passwordHash: '',
      roles: [...new Set(input.roles)],
    });
    await this.setPassword(user, input.password, 'password');
    await this.applyLinks(ctx, user, input.unitId ?? null, input.personId ?? null);
    await em.flush();
    return user;
  }

  async updateUser(ctx: AppContext, id: string, input: UpdateUserInput, version: number): Promise<User> {
    const user = await this.getUser(ctx, id);
    assertVersion(user, version);
    const self = ctx.user?.id === user.id;
    if (input.displayName) user.displayName = input.displayName.trim();
    if (input.roles) {
      if (self && user.roles.includes(Role.ADMIN) && !input.roles.includes(Role.ADMIN)) {
        throw badInput('roles', 'You cannot remove your own administrator role', R.CANNOT_LOCK_OUT_SELF);
      }
      user.roles = [...new Set(input.roles)];
    }
    if (input.active !== undefined && input.active !== null && input.active !== user.active) {
      if (self && !input.active) throw badInput('active', 'You cannot deactivate yourself', R.CANNOT_LOCK_OUT_SELF);
      user.active = input.active;
      if (!user.active) await this.revokeSessions(ctx, user.id);
    }
    await this.applyLinks(
      ctx,
      user,
      input.unitId !== undefined ? input.unitId : (user.unit?.id ?? null),
      input.personId !== undefined ? input.personId : (user.person?.id ?? null),
    );
    await ctx.em.flush();
    return user;
  }

  async resetPassword(ctx: AppContext, id: string, password: string): Promise<boolean> {
    const user = await this.getUser(ctx, id);
    await this.setPassword(user, password, 'newPassword');
    await this.revokeSessions(ctx, user.id);
    await ctx.em.flush();
    return true;
  }

  private requireUser(ctx: AppContext): AuthUser {
    if (!ctx.user) throw unauthenticated();
    return ctx.user;
  }

  private async setPassword(user: User, password: string, field: string) {
    const problem = passwordProblem(password, user.username);
    if (problem) throw badInput(field, problem, R.WEAK_PASSWORD);
    user.passwordHash = await hashPassword(password);
  }

  private async revokeSessions(ctx: AppContext, userId: string, keepSessionId?: string) {
    const sessions = await ctx.em.find(Session, {
      user: userId,
      revokedAt: null,
      ...(keepSessionId ? { id: { $ne: keepSessionId } } : {}),
    });
    const now = new Date();
    for (const s of sessions) s.revokedAt = now;
  }

  private async applyLinks(ctx: AppContext, user: User, unitId: string | null, personId: string | null) {
    const { em } = ctx;
    if (user.roles.length === 0) throw badInput('roles', 'Give the user at least one role', R.NO_ROLES);
    if (unitId) {
      if (!(await em.count(Unit, { id: unitId }))) throw badInput('unitId', 'The unit does not exist', R.REFERENCE_NOT_FOUND);
      user.unit = em.getReference(Unit, unitId, { wrapped: true });
    } else {
      user.unit = undefined;
    }
    if (user.roles.includes(Role.UNIT_REPORTER) && !user.unit) {
      throw badInput('unitId', 'A unit reporter must belong to a unit', R.REPORTER_NEEDS_UNIT);
    }
    if (personId) {
      if (!(await em.count(Person, { id: personId }))) {
        throw badInput('personId', 'The person does not exist', R.REFERENCE_NOT_FOUND);
      }
      user.person = em.getReference(Person, personId, { wrapped: true });
    } else {
      user.person = undefined;
    }
  }
}

export const authService = new AuthService();
