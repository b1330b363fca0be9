import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuditEventsDocument,
  CreateUnitDocument,
  DeleteUnitDocument,
  UnitByCodeDocument,
  UnitDocument,
  UnitsDocument,
  UpdateUnitDocument,
} from '../generated/graphql';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

describe('units', () => {
  let t: TestApp;
  let admin: string;
  let bureauId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    bureauId = (await t.gql(UnitByCodeDocument, { code: 'JXCZ' }, admin)).data!.unitByCode.id;
  });
  afterAll(async () => t?.close());

  const unitCount = async () => (await t.gql(UnitsDocument, { limit: 1 }, admin)).data!.units.total;

  it('lists the seeded county: the bureau, 15 sections, 6 affiliated units and 15 township offices', async () => {
    const r = await t.gql(UnitsDocument, { limit: 100 }, admin);
    const kinds = r.data!.units.items.map((u) => u.kind);
    expect(kinds.filter((k) => k === 'BUREAU')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'SECTION')).toHaveLength(15);
    expect(kinds.filter((k) => k === 'AFFILIATED_UNIT')).toHaveLength(6);
    expect(kinds.filter((k) => k === 'TOWNSHIP_OFFICE')).toHaveLength(15);
    const discipline = r.data!.units.items.find((u) => u.name === '纪检监察室')!;
    expect(discipline.responsibleAreas).toContain('DISHONESTY_RECORDS');
    expect(discipline.parent?.name).toBe('郏县财政局');
    expect(discipline.head?.name).toBeTruthy();
  });

  it('filters, sorts and pages the list', async () => {
    const page1 = await t.gql(
      UnitsDocument,
      { filter: { kinds: ['TOWNSHIP_OFFICE'] }, sort: { field: 'CODE', order: 'DESC' }, offset: 0, limit: 5 },
      admin,
    );
    expect(page1.data!.units.total).toBe(15);
    expect(page1.data!.units.items.map((u) => u.code)).toEqual(['JXCZ-T15', 'JXCZ-T14', 'JXCZ-T13', 'JXCZ-T12', 'JXCZ-T11']);
    const page3 = await t.gql(
      UnitsDocument,
      { filter: { kinds: ['TOWNSHIP_OFFICE'] }, sort: { field: 'CODE', order: 'DESC' }, offset: 10, limit: 5 },
      admin,
    );
    expect(page3.data!.units.items.map((u) => u.code)).toEqual(['JXCZ-T05', 'JXCZ-T04', 'JXCZ-T03', 'JXCZ-T02', 'JXCZ-T01']);
    const search = await t.gql(UnitsDocument, { filter: { q: '龙山' } }, admin);
    expect(search.data!.units.items.map((u) => u.name)).toEqual(['龙山街道财政所']);
    const byArea = await t.gql(UnitsDocument, { filter: { responsibleArea: 'INTEGRITY_EDUCATION' } }, admin);
    expect(byArea.data!.units.items.map((u) => u.name)).toEqual(['人事教育股']);
    // LIKE wildcards in the search text match themselves.
    const wildcard = await t.gql(UnitsDocument, { filter: { q: '%' } }, admin);
    expect(wildcard.data!.units.total).toBe(0);
  });

  it('refuses a page larger than 100 rows with BAD_USER_INPUT naming limit', async () => {
    const r = await t.gql(UnitsDocument, { limit: 101 }, admin);
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.field).toBe('limit');
  });

  it('creates a section under the bureau and records who did it in the audit trail', async () => {
    const r = await t.gql(
      CreateUnitDocument,
      {
        input: {
          code: 'JXCZ-S99',
          name: '信用建设股',
          kind: 'SECTION',
          parentId: bureauId,
          responsibleAreas: ['CREDIT_INFORMATION'],
        },
      },
      admin,
    );
    expect(r.errors).toBeUndefined();
    const unit = r.data!.createUnit;
    expect(unit).toMatchObject({ code: 'JXCZ-S99', name: '信用建设股', version: 1, parent: { id: bureauId } });
    const audit = await t.gql(AuditEventsDocument, { filter: { entityType: 'Unit', entityId: unit.id } }, admin);
    const event = audit.data!.auditEvents.items[0];
    expect(event).toMatchObject({ action: 'CREATE', actorName: 'admin', command: 'createUnit' });
    expect(event.changes).toMatchObject({ name: { after: '信用建设股' }, code: { after: 'JXCZ-S99' } });
  });

  it('refuses bad input with the field named and changes nothing', async () => {
    const before = await unitCount();
    const badCode = await t.gql(CreateUnitDocument, { input: { code: '坏 code', name: '测试股', kind: 'SECTION', parentId: bureauId } }, admin);
    expect(errorCode(badCode)).toBe('BAD_USER_INPUT');
    expect(badCode.errors![0].extensions!.field).toBe('code');
    const noParent = await t.gql(CreateUnitDocument, { input: { code: 'JXCZ-S98', name: '测试股', kind: 'SECTION' } }, admin);
    expect(errorCode(noParent)).toBe('BAD_USER_INPUT');
    expect(noParent.errors![0].extensions!.field).toBe('parentId');
    const taken = await t.gql(CreateUnitDocument, { input: { code: 'JXCZ', name: '另一个局', kind: 'SECTION', parentId: bureauId } }, admin);
    expect(errorCode(taken)).toBe('CONFLICT');
    expect(taken.errors![0].extensions).toMatchObject({ reason: 'UNIT_CODE_TAKEN', field: 'code' });
    expect(await unitCount()).toBe(before);
  });

  it('refuses a parent that would put a unit below itself', async () => {
    const section = (await t.gql(UnitByCodeDocument, { code: 'JXCZ-S01' }, admin)).data!.unitByCode;
    const child = await t.gql(
      CreateUnitDocument,
      { input: { code: 'JXCZ-S01-1', name: '办公室下属组', kind: 'SECTION', parentId: section.id } },
      admin,
    );
    const current = (await t.gql(UnitDocument, { id: section.id }, admin)).data!.unit;
    const r = await t.gql(UpdateUnitDocument, { id: section.id, input: { parentId: child.data!.createUnit.id }, version: current.version }, admin);
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions).toMatchObject({ field: 'parentId', reason: 'PARENT_CYCLE' });
    expect((await t.gql(UnitDocument, { id: section.id }, admin)).data!.unit.parent?.id).toBe(bureauId);
  });

  it('updates with the current version and refuses a stale one with CONFLICT', async () => {
    const unit = (await t.gql(UnitByCodeDocument, { code: 'JXCZ-A01' }, admin)).data!.unitByCode;
    const v = (await t.gql(UnitDocument, { id: unit.id }, admin)).data!.unit.version;
    const ok = await t.gql(UpdateUnitDocument, { id: unit.id, input: { phone: '0375-5123456' }, version: v }, admin);
    expect(ok.data!.updateUnit).toMatchObject({ phone: '0375-5123456', version: v + 1 });
    const stale = await t.gql(UpdateUnitDocument, { id: unit.id, input: { phone: '0375-5999999' }, version: v }, admin);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions!.reason).toBe('STALE_VERSION');
    expect((await t.gql(UnitDocument, { id: unit.id }, admin)).data!.unit.phone).toBe('0375-5123456');
    const audit = await t.gql(AuditEventsDocument, { filter: { entityType: 'Unit', entityId: unit.id, command: 'updateUnit' } }, admin);
    expect(audit.data!.auditEvents.items[0].changes).toMatchObject({ phone: { after: '0375-5123456' } });
    expect(audit.data!.auditEvents.total).toBe(1);
  });

  it('lets exactly one of several concurrent updates with the same version succeed', async () => {
    const unit = (await t.gql(UnitByCodeDocument, { code: 'JXCZ-A02' }, admin)).data!.unitByCode;
    const v = (await t.gql(UnitDocument, { id: unit.id }, admin)).data!.unit.version;
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((i) =>
        t.gql(UpdateUnitDocument, { id: unit.id, input: { sortOrder: 500 + i }, version: v }, admin),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(4);
    const after = (await t.gql(UnitDocument, { id: unit.id }, admin)).data!.unit;
    expect(after.version).toBe(v + 1);
    expect(after.sortOrder).toBe(winners[0].data!.updateUnit.sortOrder);
  });

  it('refuses to delete a unit that still has staff, and deletes an empty one', async () => {
    const inUse = (await t.gql(UnitByCodeDocument, { code: 'JXCZ-T01' }, admin)).data!.unitByCode;
    const refused = await t.gql(DeleteUnitDocument, { id: inUse.id }, admin);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0].extensions!.reason).toBe('UNIT_IN_USE');
    const created = await t.gql(CreateUnitDocument, { input: { code: 'TMP-1', name: '临时单位', kind: 'AFFILIATED_UNIT', parentId: bureauId } }, admin);
    const id = created.data!.createUnit.id;
    expect((await t.gql(DeleteUnitDocument, { id }, admin)).data!.deleteUnit).toBe(id);
    expect(errorCode(await t.gql(UnitDocument, { id }, admin))).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for an id that is not a unit, malformed or not', async () => {
    expect(errorCode(await t.gql(UnitDocument, { id: 'not-an-id' }, admin))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(UnitDocument, { id: '00000000-0000-4000-8000-000000000000' }, admin))).toBe('NOT_FOUND');
  });

  it('shows a unit reporter only its own unit', async () => {
    const reporter = await t.login('reporter');
    const r = await t.gql(UnitsDocument, { limit: 100 }, reporter);
    expect(r.data!.units.items.map((u) => u.name)).toEqual(['龙山街道财政所']);
    // Its parent, the bureau, is outside its scope.
    expect(r.data!.units.items[0].parent).toBeNull();
    expect(errorCode(await t.gql(UnitDocument, { id: bureauId }, reporter))).toBe('NOT_FOUND');
  });
});
