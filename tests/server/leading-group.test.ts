import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddLeadingGroupMemberDocument,
  CreateLeadingGroupDocument,
  LeadingGroupsDocument,
  PeopleDocument,
  RemoveLeadingGroupMemberDocument,
  UpdateLeadingGroupDocument,
  UpdateLeadingGroupMemberDocument,
} from '../generated/graphql';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

describe('leading group (领导小组)', () => {
  let t: TestApp;
  let office: string;

  beforeAll(async () => {
    t = await startTestApp();
    office = await t.login('office');
  });
  afterAll(async () => t?.close());

  const group = async () => (await t.gql(LeadingGroupsDocument, {}, office)).data!.leadingGroups.items[0];

  it('is seeded with the director as leader, deputy directors as deputies and unit heads as members', async () => {
    const g = await group();
    expect(g.name).toBe('郏县财政局政务诚信建设工作领导小组');
    expect(g.officeUnit?.name).toBe('纪检监察室');
    const roles = g.members.map((m) => m.role);
    expect(roles[0]).toBe('LEADER');
    expect(g.members[0].person.position).toBe('局长');
    expect(roles.filter((r) => r === 'DEPUTY')).toHaveLength(3);
    // One member per section, affiliated unit and township office head.
    expect(roles.filter((r) => r === 'MEMBER')).toHaveLength(36);
  });

  it('refuses a second leader for an overlapping term and a term that ends before it starts', async () => {
    const g = await group();
    const someone = (await t.gql(PeopleDocument, { filter: { leadershipRoles: ['PARTY_GROUP_MEMBER'] } }, office)).data!.people.items[0];
    const second = await t.gql(
      AddLeadingGroupMemberDocument,
      { input: { groupId: g.id, personId: someone.id, role: 'LEADER', termStart: '2026-01-01' } },
      office,
    );
    expect(errorCode(second)).toBe('CONFLICT');
    expect(second.errors![0].extensions!.reason).toBe('SECOND_LEADER');
    const backwards = await t.gql(
      AddLeadingGroupMemberDocument,
      { input: { groupId: g.id, personId: someone.id, role: 'MEMBER', termStart: '2026-05-01', termEnd: '2026-04-01' } },
      office,
    );
    expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
    expect(backwards.errors![0].extensions!.field).toBe('termEnd');
    const badDate = await t.gql(
      AddLeadingGroupMemberDocument,
      { input: { groupId: g.id, personId: someone.id, role: 'MEMBER', termStart: '2026-13-45' } },
      office,
    );
    expect(errorCode(badDate)).toBe('BAD_USER_INPUT');
    expect((await group()).members).toHaveLength(40);
  });

  it('adds a member, ends the term, and shows only current members by default', async () => {
    const g = await group();
    const someone = (await t.gql(PeopleDocument, { filter: { leadershipRoles: ['PARTY_GROUP_MEMBER'] } }, office)).data!.people.items[0];
    const added = await t.gql(
      AddLeadingGroupMemberDocument,
      { input: { groupId: g.id, personId: someone.id, role: 'MEMBER', termStart: '2025-06-01' } },
      office,
    );
    expect(added.errors).toBeUndefined();
    expect((await group()).members).toHaveLength(41);
    const dup = await t.gql(
      AddLeadingGroupMemberDocument,
      { input: { groupId: g.id, personId: someone.id, role: 'MEMBER', termStart: '2025-07-01' } },
      office,
    );
    expect(errorCode(dup)).toBe('CONFLICT');
    const m = added.data!.addLeadingGroupMember;
    const ended = await t.gql(UpdateLeadingGroupMemberDocument, { id: m.id, input: { termEnd: '2025-12-31' }, version: m.version }, office);
    expect(ended.data!.updateLeadingGroupMember.termEnd).toBe('2025-12-31');
    expect((await group()).members).toHaveLength(40);
    expect((await t.gql(RemoveLeadingGroupMemberDocument, { id: m.id }, office)).data!.removeLeadingGroupMember).toBe(m.id);
  });

  it('creates and renames a group, refusing a duplicate name', async () => {
    const created = await t.gql(CreateLeadingGroupDocument, { input: { name: '信用修复工作专班', establishedOn: '2026-03-01' } }, office);
    expect(created.errors).toBeUndefined();
    const g = created.data!.createLeadingGroup;
    const dup = await t.gql(CreateLeadingGroupDocument, { input: { name: '信用修复工作专班' } }, office);
    expect(errorCode(dup)).toBe('CONFLICT');
    const renamed = await t.gql(
      UpdateLeadingGroupDocument,
      { id: g.id, input: { name: '信用修复工作小组', documentNumber: '郏财〔2026〕3号' }, version: g.version },
      office,
    );
    expect(renamed.data!.updateLeadingGroup).toMatchObject({ name: '信用修复工作小组', documentNumber: '郏财〔2026〕3号' });
  });
});
