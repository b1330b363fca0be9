import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ChangeMyPasswordDocument, LoginDocument, LogoutDocument, MeDocument } from '../generated/graphql';
import { loginThrottle } from '../../server/src/modules/auth/login-throttle';
import { Session } from '../../server/src/modules/auth/session.entity';
import { DEMO_PASSWORD, errorCode, startTestApp, type TestApp } from '../helpers/test-app';

const MINUTE = 60_000;

describe('sign-in throttling, lock-out and sessions', () => {
  let t: TestApp;
  let shift = 0;

  beforeAll(async () => {
    t = await startTestApp();
    loginThrottle.now = () => Date.now() + shift;
  });
  afterEach(() => {
    loginThrottle.reset();
    shift = 0;
  });
  afterAll(async () => {
    loginThrottle.now = () => Date.now();
    await t?.close();
  });

  const attempt = (username: string, password: string) => t.gql(LoginDocument, { username, password });

  it('locks an account for 15 minutes after 5 wrong passwords in a row, even against the right one', async () => {
    for (let i = 0; i < 4; i++) expect(errorCode(await attempt('leader', 'Wrong-pass-2026'))).toBe('UNAUTHENTICATED');
    // A success in between starts the count again.
    expect((await attempt('leader', DEMO_PASSWORD)).data?.login.token).toBeTruthy();
    for (let i = 0; i < 5; i++) expect(errorCode(await attempt('leader', 'Wrong-pass-2026'))).toBe('UNAUTHENTICATED');
    const locked = await attempt('leader', DEMO_PASSWORD);
    expect(locked.data).toBeNull();
    expect(locked.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'ACCOUNT_LOCKED' });
    expect(locked.errors![0].message).toMatch(/15 min/);
    // Other accounts are not affected.
    expect((await attempt('analyst', DEMO_PASSWORD)).data?.login.token).toBeTruthy();
    shift = 14 * MINUTE;
    expect(errorCode(await attempt('leader', DEMO_PASSWORD))).toBe('RATE_LIMITED');
    shift = 15 * MINUTE + 1000;
    expect((await attempt('leader', DEMO_PASSWORD)).data?.login.token).toBeTruthy();
  });

  it('locks an unknown user name the same way, so the answer does not reveal which accounts exist', async () => {
    for (let i = 0; i < 5; i++) await attempt('nobody', 'Wrong-pass-2026');
    for (let i = 0; i < 5; i++) await attempt('office', 'Wrong-pass-2026');
    const unknown = await attempt('nobody', 'Wrong-pass-2026');
    const known = await attempt('office', 'Wrong-pass-2026');
    const { details: unknownDetails, ...unknownRest } = unknown.errors![0].extensions as any;
    const { details: knownDetails, ...knownRest } = known.errors![0].extensions as any;
    expect(unknownRest).toEqual(knownRest);
    expect(unknownRest.reason).toBe('ACCOUNT_LOCKED');
    // The two locks began a moment apart, so their remaining seconds may differ by one.
    expect(Object.keys(unknownDetails)).toEqual(Object.keys(knownDetails));
    expect(Math.abs(unknownDetails.retryAfterSeconds - knownDetails.retryAfterSeconds)).toBeLessThanOrEqual(1);
  });

  it('locks an address after 20 failures across user names', async () => {
    for (let i = 0; i < 20; i++) await attempt(`guess${i}`, 'Wrong-pass-2026');
    const r = await attempt('custodian', DEMO_PASSWORD);
    expect(r.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'ADDRESS_LOCKED' });
    shift = 16 * MINUTE;
    expect((await attempt('custodian', DEMO_PASSWORD)).data?.login.token).toBeTruthy();
  });

  it('ends a session when its token expires', async () => {
    const token = await t.login('general');
    expect((await t.gql(MeDocument, {}, token)).data?.me.username).toBe('general');
    const em = t.em();
    const sessions = await em.find(Session, { user: { username: 'general' } });
    for (const s of sessions) s.expiresAt = new Date(Date.now() - 1000);
    await em.flush();
    const after = await t.gql(MeDocument, {}, token);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
    expect(after.data).toBeNull();
  });

  it('signs out everywhere: every token of the user stops working at once', async () => {
    const tokens = [await t.login('personnel'), await t.login('personnel'), await t.login('personnel')];
    const other = await t.login('discipline');
    expect((await t.gql(LogoutDocument, { everywhere: true }, tokens[0])).data?.logout).toBe(3);
    for (const tk of tokens) expect(errorCode(await t.gql(MeDocument, {}, tk))).toBe('UNAUTHENTICATED');
    expect((await t.gql(MeDocument, {}, other)).data?.me.username).toBe('discipline');
  });

  it('applies the password policy when a user changes the own password', async () => {
    const token = await t.login('analyst');
    for (const weak of ['short1A!', 'alllowercaseletters', 'Analyst-2026-x', 'x'.repeat(129) + 'A1']) {
      const r = await t.gql(ChangeMyPasswordDocument, { currentPassword: DEMO_PASSWORD, newPassword: weak }, token);
      expect(r.errors?.[0]?.extensions, weak).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD' });
    }
    expect((await t.gql(MeDocument, {}, token)).data?.me.username).toBe('analyst');
  });
});
