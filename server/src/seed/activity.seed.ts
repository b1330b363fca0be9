import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../app/context';
import { requestMeta } from '../app/request-context';
import { Role } from '../app/roles';
import { auditChainService } from '../modules/audit/audit-chain.service';
import { auditService } from '../modules/audit/audit.service';
import type { User } from '../modules/auth/user.entity';
import { SubjectType } from '../modules/credit/credit.enums';
import { ImportJob } from '../modules/exchange/import-job.entity';
import { ImportFormat, ImportKind, ImportStatus } from '../modules/exchange/import.enums';
import { SavedQuery } from '../modules/explorer/saved-query.entity';
import type { Person } from '../modules/organisation/person.entity';
import type { Unit } from '../modules/organisation/unit.entity';
import { creditReportService } from '../modules/reports/credit-report.service';
import { warningService } from '../modules/warnings/warning.service';

export interface ActivitySeedSummary {
  auditCheckpoints: number;
  creditReports: number;
  fileReads: number;
  importJobs: number;
  notifications: number;
  savedQueries: number;
}

/** What a user does in the seed runs as that user's request: audited under their name. */
function as<T>(user: User, command: string, fn: (ctx: AppContext) => Promise<T>, em: EntityManager): Promise<T> {
  const ctx: AppContext = {
    em,
    requestId: `seed-${command}`,
    user: { id: user.id, username: user.username, displayName: user.displayName, roles: [...user.roles], unitId: user.unit?.id },
  };
  return requestMeta.run({ requestId: ctx.requestId, actorId: user.id, actorName: user.displayName, command }, () => fn(ctx));
}

/**
 * The first weeks of use, so that every list of the console has rows: a unit's record edited twice
 * (its change history), integrity files read with a purpose (who viewed them), credit reports
 * issued, dry runs of bulk imports that found errors (nothing written), saved explorer queries,
 * the early-warning scan's notifications, and signed checkpoints of the audit chain. Runs last,
 * inside the seed's transaction, through the same services the API uses.
 */
export async function seedActivity(
  em: EntityManager,
  opts: { units: Map<string, Unit>; people: Person[]; users: Map<string, User> },
): Promise<ActivitySeedSummary> {
  const user = (name: string) => opts.users.get(name)!;
  const township = opts.units.get('龙山街道财政所') ?? [...opts.units.values()].at(-1)!;
  let checkpoints = 0;
  const checkpoint = async () => {
    if ((await auditChainService.createCheckpoint(em)).created) checkpoints += 1;
  };
  // The chain as the organisation was set up: the first signed head.
  await checkpoint();

  // The township office changed its phone number, then gave its short name: two UPDATE events (变更历史).
  await as(user('admin'), 'updateUnit', async () => {
    township.phone = '0375-5231608';
    await em.flush();
    township.shortName = '龙山所';
    await em.flush();
  }, em);

  // Integrity files read for a stated purpose (each read is a READ event: 查阅记录).
  const reads: [string, string][] = [
    ['leader', '干部选拔任用考察'],
    ['discipline', '信访件核查'],
    ['analyst', '年度诚信评价复核'],
  ];
  for (const [username, purpose] of reads) {
    await as(user(username), 'integrityFile', async () => {
      auditService.addRead(em, { command: 'integrityFile', entityType: 'Unit', entityId: township.id, scopeUnitId: township.id, purpose });
      await em.flush();
    }, em);
  }

  // Credit reports issued by 综合股 (credit information management) and the discipline office.
  // A person of the township office (the people lists and tests start with the bureau's director).
  const clerk = opts.people.find((p) => p.unit.id === township.id && p !== opts.people[0]) ?? opts.people[1];
  const reports: [string, SubjectType, string, string][] = [
    ['general', SubjectType.UNIT, township.id, '评先评优资格审查'],
    ['general', SubjectType.PERSON, clerk.id, '干部提拔任用征求意见'],
    ['discipline', SubjectType.UNIT, (opts.units.get('国库股') ?? township).id, '政府采购代理资格审查'],
  ];
  for (const [username, subjectType, subjectId, purpose] of reports) {
    await as(user(username), 'issueCreditReport', (ctx) => creditReportService.issue(ctx, { subjectType, subjectId, purpose }), em);
  }
  await checkpoint();

  // Dry runs that found errors: nothing was written, the lists show what to correct.
  const jobs: [string, ImportKind, string, ImportFormat, number, { row: number; column: string; field: string; reason: string; message: string }[]][] = [
    ['personnel', ImportKind.PERSON, '2026年新进人员名册.xlsx', ImportFormat.XLSX, 14, [
      { row: 6, column: '所在单位代码', field: 'unitId', reason: 'NOT_FOUND', message: '单位代码 JXCZ-A99 不存在' },
      { row: 11, column: '工号', field: 'staffNumber', reason: 'STAFF_NUMBER_TAKEN', message: '工号 JX0007 已被使用' },
    ]],
    ['general', ImportKind.ENTERPRISE, '招投标企业名单.csv', ImportFormat.CSV, 9, [
      { row: 4, column: '统一社会信用代码', field: 'creditCode', reason: 'INVALID_VALUE', message: '统一社会信用代码校验位不正确' },
    ]],
    ['reporter', ImportKind.COMMITMENT, '龙山街道承诺事项.xlsx', ImportFormat.XLSX, 6, [
      { row: 3, column: '承诺日期', field: 'committedOn', reason: 'REQUIRED', message: '承诺日期必填' },
    ]],
  ];
  for (const [username, kind, fileName, format, total, errors] of jobs) {
    const owner = user(username);
    await as(owner, 'startImport', async () => {
      em.create(ImportJob, {
        kind,
        fileName,
        format,
        status: ImportStatus.INVALID,
        size: 2048 + total * 96,
        total,
        processed: total,
        errorRows: errors.length,
        errors,
        finishedAt: new Date(),
        createdBy: owner,
        scopeUnit: owner.roles.includes(Role.UNIT_REPORTER) ? owner.unit : undefined,
      });
      await em.flush();
    }, em);
  }

  // Explorer queries kept by the administrator and the analyst.
  const saved: [string, string, string][] = [
    ['admin', '本月新增失信记录', 'query { dishonestyRecords(limit: 20) { total items { id subjectName category status } } }'],
    ['admin', '预警看板', 'query { warnings(limit: 20) { total red yellow items { title level dueOn } } }'],
    ['admin', '单位列表', 'query { units(limit: 50) { total items { code name kind } } }'],
    ['analyst', '人员与记录', 'query { people(limit: 10) { total items { name staffNumber } } }'],
  ];
  for (const [username, name, query] of saved) {
    await as(user(username), 'saveQuery', async () => {
      em.create(SavedQuery, { owner: user(username), name, query });
      await em.flush();
    }, em);
  }

  // The early-warning scan, as the scheduled job runs it: notices to the responsible units' accounts.
  const { created: notifications } = await warningService.notify(em);
  await checkpoint();

  return {
    auditCheckpoints: checkpoints,
    creditReports: reports.length,
    fileReads: reads.length,
    importJobs: jobs.length,
    notifications,
    savedQueries: saved.length,
  };
}
