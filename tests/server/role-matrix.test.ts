import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddLeadingGroupMemberDocument,
  AuditEventsDocument,
  CreatePersonDocument,
  CreateUnitDocument,
  CreateUserDocument,
  DeletePersonDocument,
  DeleteUnitDocument,
  LeadingGroupsDocument,
  MeDocument,
  PeopleDocument,
  UnitsDocument,
  UsersDocument,
} from '../generated/graphql';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

const ROLES = ['admin', 'discipline', 'personnel', 'office', 'general', 'reporter', 'leader', 'analyst'] as const;
type Who = (typeof ROLES)[number];

// Expected outcome per operation: the roles allowed; everyone else gets FORBIDDEN.
// Written out by hand from the access design so a changed rule fails here.
const ALLOWED: Record<string, Who[]> = {
  me: [...ROLES],
  units: [...ROLES],
  people: [...ROLES],
  leadingGroups: ['admin', 'discipline', 'personnel', 'office', 'general', 'leader', 'analyst'],
  users: ['admin'],
  auditEvents: ['admin', 'analyst'],
  createUnit: ['admin'],
  deleteUnit: ['admin'],
  createPerson: ['admin', 'personnel', 'reporter'],
  deletePerson: ['admin', 'personnel'],
  addLeadingGroupMember: ['admin', 'office'],
  createUser: ['admin'],
};

describe('role matrix', () => {
  let t: TestApp;
  const tokens = {} as Record<Who, string>;
  let ownUnitId: string;

  beforeAll(async () => {
    t = await startTestApp();
    for (const who of ROLES) tokens[who] = await t.login(who);
    const me = await t.gql(MeDocument, {}, tokens.reporter);
    ownUnitId = me.data!.me.unit!.id;
  });
  afterAll(async () => t?.close());

  // Each call is shaped so that an allowed role gets past the access check and
  // fails (if at all) on the data, never with FORBIDDEN.
  const calls: Record<string, (token?: string) => Promise<{ errors?: readonly any[] }>> = {
    me: (tk) => t.gql(MeDocument, {}, tk),
    units: (tk) => t.gql(UnitsDocument, { limit: 1 }, tk),
    people: (tk) => t.gql(PeopleDocument, { limit: 1 }, tk),
    leadingGroups: (tk) => t.gql(LeadingGroupsDocument, {}, tk),
    users: (tk) => t.gql(UsersDocument, { limit: 1 }, tk),
    auditEvents: (tk) => t.gql(AuditEventsDocument, { limit: 1 }, tk),
    createUnit: (tk) => t.gql(CreateUnitDocument, { input: { code: 'x', name: 'x', kind: 'SECTION' } }, tk),
    deleteUnit: (tk) => t.gql(DeleteUnitDocument, { id: '00000000-0000-4000-8000-000000000000' }, tk),
    createPerson: (tk) =>
      t.gql(CreatePersonDocument, { input: { name: '测', staffNumber: '!', unitId: ownUnitId } }, tk),
    deletePerson: (tk) => t.gql(DeletePersonDocument, { id: '00000000-0000-4000-8000-000000000000' }, tk),
    addLeadingGroupMember: (tk) =>
      t.gql(
        AddLeadingGroupMemberDocument,
        {
          input: {
            groupId: '00000000-0000-4000-8000-000000000000',
            personId: '00000000-0000-4000-8000-000000000000',
            role: 'MEMBER',
            termStart: '2026-01-01',
          },
        },
        tk,
      ),
    createUser: (tk) =>
      t.gql(CreateUserDocument, { input: { username: 'x', displayName: 'x', password: 'x', roles: [] } }, tk),
  };

  it('answers UNAUTHENTICATED to every operation without a token', async () => {
    for (const [name, call] of Object.entries(calls)) {
      expect(errorCode(await call()), name).toBe('UNAUTHENTICATED');
    }
  });

  it('answers FORBIDDEN exactly to the roles an operation does not allow', async () => {
    const mismatches: string[] = [];
    for (const [name, call] of Object.entries(calls)) {
      for (const who of ROLES) {
        const code = errorCode(await call(tokens[who]));
        const allowed = ALLOWED[name].includes(who);
        if (allowed === (code === 'FORBIDDEN')) mismatches.push(`${name} as ${who}: ${code ?? 'ok'}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('answers UNAUTHENTICATED to a forged or revoked token', async () => {
    expect(errorCode(await t.gql(MeDocument, {}, 'forged-token'))).toBe('UNAUTHENTICATED');
  });
});
