import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ChangeMyPasswordDocument,
  CreateUserDocument,
  LoginDocument,
  LogoutDocument,
  MeDocument,
  ResetUserPasswordDocument,
  UnitByCodeDocument,
  UpdateUserDocument,
  UsersDocument,
} from '../generated/graphql';
import { authService } from '../../server/src/modules/auth/auth.service';
import { User } from '../../server/src/modules/auth/user.entity';
import { DEMO_PASSWORD, errorCode, startTestApp, type TestApp } from '../helpers/test-app';

describe('sign-in and accounts', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(async () => t?.close());

  it('signs in every demo user with the demo password and reports the roles', async () => {
    const r = await t.gql(LoginDocument, { username: 'reporter', password: DEMO_PASSWORD });
    expect(r.data!.login.user).toMatchObject({ username: 'reporter', roles: ['UNIT_REPORTER'], unit: { name: '龙山街道财政所' } });
    expect(r.data!.login.token.length).toBeGreaterThanOrEqual(40);
    const users = await t.gql(UsersDocument, { limit: 100 }, admin);
    expect(users.data!.users.items.map((u) => u.username).sort()).toEqual(
      ['admin', 'analyst', 'custodian', 'discipline', 'general', 'leader', 'office', 'personnel', 'reporter'],
    );
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const wrong = await t.gql(LoginDocument, { username: 'admin', password: 'Wrong-password-1' });
    const unknown = await t.gql(LoginDocument, { username: 'nobody', password: 'Wrong-password-1' });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].extensions!.reason).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
    expect(unknown.errors![0].extensions).toEqual(wrong.errors![0].extensions);
  });

  it('signs out this session, and everywhere', async () => {
    const a = await t.login('leader');
    const b = await t.login('leader');
    expect((await t.gql(LogoutDocument, {}, a)).data!.logout).toBe(1);
    expect(errorCode(await t.gql(MeDocument, {}, a))).toBe('UNAUTHENTICATED');
    expect((await t.gql(MeDocument, {}, b)).data!.me.username).toBe('leader');
    const c = await t.login('leader');
    expect((await t.gql(LogoutDocument, { everywhere: true }, c)).data!.logout).toBe(2);
    expect(errorCode(await t.gql(MeDocument, {}, b))).toBe('UNAUTHENTICATED');
  });

  it('creates a unit reporter account, refusing weak passwords and a reporter without a unit', async () => {
    const unitId = (await t.gql(UnitByCodeDocument, { code: 'JXCZ-T03' }, admin)).data!.unitByCode.id;
    const weak = await t.gql(CreateUserDocument, { input: { username: 'zhang', displayName: '张', password: 'short', roles: ['UNIT_REPORTER'], unitId } }, admin);
    expect(errorCode(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors![0].extensions).toMatchObject({ field: 'password', reason: 'WEAK_PASSWORD' });
    const noUnit = await t.gql(CreateUserDocument, { input: { username: 'zhang', displayName: '张', password: 'Good-pass-2026', roles: ['UNIT_REPORTER'] } }, admin);
    expect(noUnit.errors![0].extensions).toMatchObject({ field: 'unitId', reason: 'REPORTER_NEEDS_UNIT' });
    const ok = await t.gql(CreateUserDocument, { input: { username: 'zhang', displayName: '张', password: 'Good-pass-2026', roles: ['UNIT_REPORTER'], unitId } }, admin);
    expect(ok.data!.createUser).toMatchObject({ username: 'zhang', roles: ['UNIT_REPORTER'], unit: { id: unitId } });
    const taken = await t.gql(CreateUserDocument, { input: { username: 'zhang', displayName: '张2', password: 'Good-pass-2026', roles: ['ANALYST'] } }, admin);
    expect(errorCode(taken)).toBe('CONFLICT');
    expect((await t.gql(LoginDocument, { username: 'zhang', password: 'Good-pass-2026' })).data!.login.user.username).toBe('zhang');
  });

  it('signs a deactivated user out and keeps them out', async () => {
    const token = await t.login('analyst');
    const analyst = (await t.gql(UsersDocument, { filter: { q: 'analyst' } }, admin)).data!.users.items[0];
    const r = await t.gql(UpdateUserDocument, { id: analyst.id, input: { active: false }, version: analyst.version }, admin);
    expect(r.data!.updateUser.active).toBe(false);
    expect(errorCode(await t.gql(MeDocument, {}, token))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(LoginDocument, { username: 'analyst', password: DEMO_PASSWORD }))).toBe('UNAUTHENTICATED');
  });

  it('refuses to let the admin remove its own admin role', async () => {
    const me = (await t.gql(UsersDocument, { filter: { q: 'admin' } }, admin)).data!.users.items[0];
    const r = await t.gql(UpdateUserDocument, { id: me.id, input: { roles: ['ANALYST'] }, version: me.version }, admin);
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect((await t.gql(MeDocument, {}, admin)).data!.me.roles).toEqual(['ADMIN']);
  });

  it('changes the own password, signing out the other sessions', async () => {
    const a = await t.login('general');
    const b = await t.login('general');
    const wrong = await t.gql(ChangeMyPasswordDocument, { currentPassword: 'nope', newPassword: 'New-pass-2026!' }, a);
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const ok = await t.gql(ChangeMyPasswordDocument, { currentPassword: DEMO_PASSWORD, newPassword: 'New-pass-2026!' }, a);
    expect(ok.data!.changeMyPassword).toBe(true);
    expect((await t.gql(MeDocument, {}, a)).data!.me.username).toBe('general');
    expect(errorCode(await t.gql(MeDocument, {}, b))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(LoginDocument, { username: 'general', password: DEMO_PASSWORD }))).toBe('UNAUTHENTICATED');
  });

  it('lets an admin reset a password, which signs the user out everywhere', async () => {
    const token = await t.login('office');
    const office = (await t.gql(UsersDocument, { filter: { q: 'office' } }, admin)).data!.users.items[0];
    expect((await t.gql(ResetUserPasswordDocument, { id: office.id, newPassword: 'Reset-pass-2026' }, admin)).data!.resetUserPassword).toBe(true);
    expect(errorCode(await t.gql(MeDocument, {}, token))).toBe('UNAUTHENTICATED');
    expect((await t.gql(LoginDocument, { username: 'office', password: 'Reset-pass-2026' })).data!.login.user.username).toBe('office');
  });

  it('leaves the signed-in user unchanged when the same unit of work flushes again after sign-in', async () => {
    const before = await t.em().findOneOrFail(User, { username: 'personnel' });
    const em = t.em();
    const signedIn = await authService.login({ em, requestId: 'same-unit-of-work' }, 'personnel', DEMO_PASSWORD);
    // A later command on the same EntityManager must not rewrite the user with a stale version.
    await em.flush();
    const after = await t.em().findOneOrFail(User, { username: 'personnel' });
    expect(after.version).toBe(before.version);
    expect(after.lastLoginAt?.getTime()).toBe(signedIn.user.lastLoginAt?.getTime());
    expect(after.lastLoginAt!.getTime()).toBeGreaterThan(before.lastLoginAt?.getTime() ?? 0);
  });

  it('keeps an administrator edit of an account valid when the account signs in meanwhile', async () => {
    const custodian = (await t.gql(UsersDocument, { filter: { q: 'custodian' } }, admin)).data!.users.items[0];
    await t.login('custodian');
    const r = await t.gql(UpdateUserDocument, { id: custodian.id, input: { displayName: '信访保密员（改）' }, version: custodian.version }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateUser.version).toBe(custodian.version + 1);
  });
});
