import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuditEventsDocument,
  CreatePersonDocument,
  DeletePersonDocument,
  MeDocument,
  PeopleDocument,
  PersonByNationalIdDocument,
  PersonDocument,
  UnitByCodeDocument,
  UpdatePersonDocument,
} from '../generated/graphql';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

// A syntactically valid citizen number (check character computed per GB 11643) for a made-up person.
const VALID_ID = '41042519900315001X';
const BAD_CHECK_ID = '410425199003150018';

describe('people', () => {
  let t: TestApp;
  let admin: string;
  let personnel: string;
  let reporter: string;
  let ownUnitId: string;
  let otherUnitId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, personnel, reporter] = await Promise.all([t.login('admin'), t.login('personnel'), t.login('reporter')]);
    ownUnitId = (await t.gql(MeDocument, {}, reporter)).data!.me.unit!.id;
    otherUnitId = (await t.gql(UnitByCodeDocument, { code: 'JXCZ-T02' }, admin)).data!.unitByCode.id;
  });
  afterAll(async () => t?.close());

  it('has about 150 seeded staff with positions, most of them civil servants', async () => {
    const all = await t.gql(PeopleDocument, { limit: 1 }, admin);
    expect(all.data!.people.total).toBeGreaterThanOrEqual(130);
    expect(all.data!.people.total).toBeLessThanOrEqual(170);
    const director = await t.gql(PeopleDocument, { filter: { leadershipRoles: ['DIRECTOR'] } }, admin);
    expect(director.data!.people.items).toHaveLength(1);
    expect(director.data!.people.items[0]).toMatchObject({ position: '局长', unit: { name: '郏县财政局' } });
    const civil = await t.gql(PeopleDocument, { filter: { isCivilServant: true }, limit: 1 }, admin);
    expect(civil.data!.people.total).toBeGreaterThan(all.data!.people.total / 2);
  });

  it('creates a person, keeps the ID number only as a hash and finds the person by it', async () => {
    const r = await t.gql(
      CreatePersonDocument,
      { input: { name: '张晓明', staffNumber: 'JX9001', unitId: otherUnitId, position: '科员', nationalId: VALID_ID } },
      personnel,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createPerson).toMatchObject({ name: '张晓明', hasNationalId: true, status: 'ACTIVE', isCivilServant: true });
    expect(JSON.stringify(r)).not.toContain(VALID_ID);
    const found = await t.gql(PersonByNationalIdDocument, { nationalId: VALID_ID }, personnel);
    expect(found.data!.personByNationalId?.name).toBe('张晓明');
    const audit = await t.gql(AuditEventsDocument, { filter: { entityType: 'Person', entityId: r.data!.createPerson.id } }, admin);
    expect(audit.data!.auditEvents.items[0].changes.nationalIdHash).toEqual({ after: '[redacted]' });
    expect(JSON.stringify(audit)).not.toContain(VALID_ID);
  });

  it('refuses an ID number with a wrong check character, naming the field, and stores nothing', async () => {
    const before = (await t.gql(PeopleDocument, { limit: 1 }, admin)).data!.people.total;
    const r = await t.gql(
      CreatePersonDocument,
      { input: { name: '李四', staffNumber: 'JX9002', unitId: otherUnitId, nationalId: BAD_CHECK_ID } },
      personnel,
    );
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions).toMatchObject({ field: 'nationalId', reason: 'INVALID_NATIONAL_ID' });
    expect(JSON.stringify(r)).not.toContain(BAD_CHECK_ID);
    expect((await t.gql(PeopleDocument, { limit: 1 }, admin)).data!.people.total).toBe(before);
  });

  it('refuses a staff number that is taken with CONFLICT on that field', async () => {
    const r = await t.gql(CreatePersonDocument, { input: { name: '王五', staffNumber: 'JX0001', unitId: otherUnitId } }, admin);
    expect(errorCode(r)).toBe('CONFLICT');
    expect(r.errors![0].extensions).toMatchObject({ field: 'staffNumber', reason: 'STAFF_NUMBER_TAKEN' });
  });

  it('shows a unit reporter only the staff of its own unit, by every path', async () => {
    const mine = await t.gql(PeopleDocument, { limit: 100 }, reporter);
    expect(mine.data!.people.total).toBeGreaterThan(0);
    expect(new Set(mine.data!.people.items.map((p) => p.unit.name))).toEqual(new Set(['龙山街道财政所']));
    // Asking for another unit's staff by filter yields nothing, by id yields NOT_FOUND.
    const filtered = await t.gql(PeopleDocument, { filter: { unitId: otherUnitId } }, reporter);
    expect(filtered.data!.people.total).toBe(0);
    const stranger = (await t.gql(PeopleDocument, { filter: { unitId: otherUnitId }, limit: 1 }, admin)).data!.people.items[0];
    expect(errorCode(await t.gql(PersonDocument, { id: stranger.id }, reporter))).toBe('NOT_FOUND');
  });

  it('lets a unit reporter add and edit staff of its own unit only', async () => {
    const own = await t.gql(CreatePersonDocument, { input: { name: '赵敏', staffNumber: 'JX9100', unitId: ownUnitId, position: '出纳' } }, reporter);
    expect(own.data!.createPerson.unit.id).toBe(ownUnitId);
    const other = await t.gql(CreatePersonDocument, { input: { name: '钱宁', staffNumber: 'JX9101', unitId: otherUnitId } }, reporter);
    expect(errorCode(other)).toBe('FORBIDDEN');
    expect(other.errors![0].extensions!.reason).toBe('OUT_OF_SCOPE');
    const move = await t.gql(UpdatePersonDocument, { id: own.data!.createPerson.id, input: { unitId: otherUnitId }, version: own.data!.createPerson.version }, reporter);
    expect(errorCode(move)).toBe('FORBIDDEN');
    const after = await t.gql(PersonDocument, { id: own.data!.createPerson.id }, admin);
    expect(after.data!.person.unit.id).toBe(ownUnitId);
  });

  it('updates status with the version and refuses a stale version', async () => {
    const p = (await t.gql(PeopleDocument, { filter: { q: 'JX0010' } }, admin)).data!.people.items[0];
    const ok = await t.gql(UpdatePersonDocument, { id: p.id, input: { status: 'RETIRED' }, version: p.version }, personnel);
    expect(ok.data!.updatePerson).toMatchObject({ status: 'RETIRED', version: p.version + 1 });
    const stale = await t.gql(UpdatePersonDocument, { id: p.id, input: { status: 'ACTIVE' }, version: p.version }, personnel);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await t.gql(PersonDocument, { id: p.id }, admin)).data!.person.status).toBe('RETIRED');
  });

  it('refuses to delete a unit head and deletes a person entered by mistake', async () => {
    const director = (await t.gql(PeopleDocument, { filter: { leadershipRoles: ['DIRECTOR'] } }, admin)).data!.people.items[0];
    const refused = await t.gql(DeletePersonDocument, { id: director.id }, admin);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0].extensions!.reason).toBe('PERSON_IN_USE');
    const mistake = await t.gql(CreatePersonDocument, { input: { name: '误录', staffNumber: 'JX9999', unitId: otherUnitId } }, admin);
    const id = mistake.data!.createPerson.id;
    expect((await t.gql(DeletePersonDocument, { id }, personnel)).data!.deletePerson).toBe(id);
    expect(errorCode(await t.gql(PersonDocument, { id }, admin))).toBe('NOT_FOUND');
  });

  it('reads 100 people with their units in a constant number of SQL statements', async () => {
    const small = await t.countQueries(() => t.gql(PeopleDocument, { limit: 10 }, admin));
    const large = await t.countQueries(() => t.gql(PeopleDocument, { limit: 100 }, admin));
    const check = await t.gql(PeopleDocument, { limit: 100 }, admin);
    expect(new Set(check.data!.people.items.map((p) => p.unit.id)).size).toBeGreaterThan(10);
    expect(large).toBe(small);
    // session lookup, count, page, one batched unit load
    expect(large).toBeLessThanOrEqual(5);
  });
});
