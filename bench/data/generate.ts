// Deterministic data generator for the benchmarks: a county of 200 units, 20,000 people,
// 100,000 dishonesty records with their lifecycles (returns, revocations, objections,
// rectifications, repairs), commitments, complaints, training, supervision items, lawsuits,
// enterprises and, on request, 1,000,000 chained audit events.
//
// Every value is derived from md5 of a tag and a row number, so two loads of the same size
// hold the same rows. The tables are filled set-based (INSERT … SELECT over generate_series);
// the audit trail is chained here, with the server's canonical form and SHA-256, and streamed in
// with COPY past the append trigger (loadAuditEvents), so that 1,000,000 events take seconds
// rather than the minutes the trigger needs row by row. The server's chain verification holds.
//
// As a library:   const county = await loadBenchCounty(process.env.DATABASE_URL!);
//                 … county.databaseUrl …; await county.drop();
// From the shell: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm bench:generate
//                 (BENCH_AUDIT_EVENTS=1000000 adds the audit trail; BENCH_KEEP=1 keeps the database)
import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Knex } from '@mikro-orm/knex';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { closeDatabase, migrate, openDatabase } from '../../server/src/app/orm';
import { auditChainService } from '../../server/src/modules/audit/audit-chain.service';
import { hashPassword } from '../../server/src/modules/auth/password';
import { PlanArea } from '../../server/src/modules/organisation/organisation.enums';
import { AUDIT_CHAIN_LOCK } from '../../server/src/migrations/Migration20261129040415_AuditChain';
import { withCheckCharacter } from '../../tests/helpers/credit-code';

/** The date the generated county is "as of"; benchmarks set the server clock to it. */
export const BENCH_TODAY = '2026-11-29';
/** Password of the generated accounts (see BENCH_USERS). */
export const BENCH_PASSWORD = 'Chengxin@2026';
/** Accounts the generator creates; the reporter belongs to unit number 60 (an affiliated unit). */
export const BENCH_USERS = { admin: 'admin', analyst: 'analyst', leader: 'leader', reporter: 'reporter' } as const;

export interface CountySize {
  units: number;
  people: number;
  records: number;
  commitments: number;
  complaints: number;
  trainingSessions: number;
  attendances: number;
  supervisionTasks: number;
  proposals: number;
  judicialSuggestions: number;
  lawsuits: number;
  enterprises: number;
  auditEvents: number;
}

export const DEFAULT_SIZE: CountySize = {
  units: 200,
  people: 20_000,
  records: 100_000,
  commitments: 60_000,
  complaints: 10_000,
  trainingSessions: 600,
  attendances: 120_000,
  supervisionTasks: 3_000,
  proposals: 800,
  judicialSuggestions: 400,
  lawsuits: 600,
  enterprises: 2_000,
  auditEvents: 0,
};


/**
 * Deterministic id of the n-th row of a kind (n from 1), as the generator assigns them: md5 of the
 * kind and n, with the version (4) and variant (8) digits of an RFC 4122 UUID, so that the API's
 * id validation accepts them as it accepts the ids the server makes.
 */
export function benchId(kind: string, n: number): string {
  const h = crypto.createHash('md5').update(`${kind}${n}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

// SQL fragments. r(tag) is a uniform number in [0, 1) fixed by the tag and the row number n;
// pick(tag, array) picks from a literal array; id(kind, expr) is the uuid that benchId gives.
const r = (tag: string, n = 'n') => `bench_rand('${tag}', ${n})`;
/** The SQL twin of benchId for any text: md5 with the UUID version and variant digits set. */
const uuidOf = (text: string) => `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;
const idOf = (kind: string, expr: string) => uuidOf(`'${kind}' || (${expr})`);
const arr = (values: readonly string[]) => `array[${values.map((v) => `'${v}'`).join(',')}]`;
const pick = (tag: string, values: readonly string[], n = 'n') => `(${arr(values)})[1 + floor(${r(tag, n)} * ${values.length})::int]`;
/** A 1-based index in [1, count], weighted towards low numbers when skew > 1. */
const index = (tag: string, count: number, skew = 1, n = 'n') => `(1 + floor(power(${r(tag, n)}, ${skew}) * ${count})::int)`;
/** A date between from and from + days. */
const dateIn = (tag: string, from: string, days: number, n = 'n') => `(date '${from}' + floor(${r(tag, n)} * ${days})::int)`;
/** A weighted choice: [[value, weight], …] with weights summing to 1. */
function weighted(tag: string, choices: [string, number][], n = 'n'): string {
  let acc = 0;
  const arms = choices.slice(0, -1).map(([value, w]) => {
    acc += w;
    return `when v < ${acc.toFixed(4)} then '${value}'`;
  });
  return `(select case ${arms.join(' ')} else '${choices[choices.length - 1][0]}' end from (select ${r(tag, n)} as v) w)`;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '郑', '梁', '谢', '宋', '唐'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀', '霞', '平', '刚', '桂', '华', '建', '国', '文', '红', '玉', '兰', '春'];
const TOWNS = ['龙山', '凤凰', '青石', '白沙', '桃源', '清水', '马鞍', '金竹', '石门', '柳溪', '新华', '长岭', '双河', '东坪', '西湖', '南岳', '北辰', '云台', '花桥', '枫林', '梅岭', '竹园', '荷塘', '杏坛', '松柏', '樟树', '银杏', '茶陵', '稻香', '月亮湾'];
const SECTION_NAMES = ['办公室', '预算股', '国库股', '综合股', '行政政法股', '教科文股', '经济建设股', '农业农村股', '社会保障股', '资产管理股', '债务管理股', '会计股', '政府采购股', '监督检查股', '法规股', '信息股', '人事股', '绩效管理股', '税政股', '金融股'];
const CATEGORIES: [string, number][] = [
  ['JUDICIAL_JUDGMENT', 0.04], ['ADMIN_PENALTY', 0.08], ['DISCIPLINARY_SANCTION', 0.12], ['ACCOUNTABILITY', 0.1],
  ['BROKEN_COMMITMENT', 0.2], ['ONLINE_APPROVAL_SUBSTANDARD', 0.14], ['PROCUREMENT_VIOLATION', 0.06], ['CONTRACT_DEFAULT', 0.04],
  ['RECTIFICATION_OVERDUE', 0.08], ['COMPLAINT_SUBSTANTIATED', 0.1], ['OTHER', 0.04],
];
const SEVERITIES: [string, number][] = [['GENERAL', 0.7], ['SERIOUS', 0.22], ['GRAVE', 0.08]];
const COMPLAINT_CATEGORIES = ['SERVICE_ATTITUDE', 'DELAY', 'ILLEGAL_CHARGE', 'BROKEN_COMMITMENT', 'FUNDS', 'PROCUREMENT', 'DISCIPLINE', 'OTHER'];
const CHANNELS = ['EFFICIENCY_MONITORING', 'REPORT_BOX', 'EMAIL', 'HOTLINE', 'PRESS', 'BROADCAST', 'TELEVISION', 'INTERNET', 'ONLINE_FORM', 'LETTER', 'VISIT'];
const SATISFACTION: [string, number][] = [['SATISFIED', 0.7], ['BASICALLY_SATISFIED', 0.22], ['DISSATISFIED', 0.08]];
// The plan areas a section may be responsible for: the schema's own enum, so the values cannot drift.
const AREAS = Object.values(PlanArea);
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid unified social credit code (GB 32100-2015 check character) for enterprise n. */
export function benchCreditCode(n: number): string {
  const h = crypto.createHash('md5').update(`enterprise-code${n}`).digest();
  let body = '91' + '331122';
  for (let i = 0; body.length < 17; i++) body += CODE_CHARS[h[i % h.length] % CODE_CHARS.length];
  return withCheckCharacter(body);
}

/**
 * CPU seconds used so far by this process and, when PostgreSQL runs on this machine, by the
 * database backend `pid` (from /proc; clock ticks of 1/100 s). Unlike wall-clock time, this
 * hardly depends on what else the machine is running.
 */
function cpuSeconds(backendPid: number | undefined): number {
  const own = process.cpuUsage();
  let seconds = (own.user + own.system) / 1e6;
  if (backendPid) {
    try {
      const fields = fs.readFileSync(`/proc/${backendPid}/stat`, 'utf8').split(') ')[1].split(' ');
      seconds += (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      // PostgreSQL on another machine: only this process counts.
    }
  }
  return seconds;
}

export interface GenerationTimes {
  /** Wall-clock seconds per step. */
  seconds: Record<string, number>;
  /** CPU seconds per step: the generator and the database backend together (see cpuSeconds). */
  cpu: Record<string, number>;
}

/**
 * Fills an empty, migrated database in the transaction `em` runs in (one connection: the audit
 * trail's trigger bypass is local to it). Returns the time each step took.
 */
export async function generateCounty(em: EntityManager, partial: Partial<CountySize> = {}): Promise<GenerationTimes> {
  const size = { ...DEFAULT_SIZE, ...partial };
  const execute = (sql: string) => em.getConnection().execute(sql, [], 'all', em.getTransactionContext());
  const timings: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  const [{ pid }] = (await execute('select pg_backend_pid() as pid')) as { pid: number }[];
  const timed = async (name: string, fn: () => Promise<void>) => {
    const started = performance.now();
    const startedCpu = cpuSeconds(pid);
    await fn();
    timings[name] = (performance.now() - started) / 1000;
    cpu[name] = cpuSeconds(pid) - startedCpu;
  };
  const step = (name: string, ...sql: string[]) =>
    timed(name, async () => {
      for (const s of sql) await execute(s);
    });
  const now = `timestamptz '${BENCH_TODAY} 08:00:00+08'`;
  const U = size.units;
  const P = size.people;
  // As a superuser, the rows go in without firing triggers for this transaction (the foreign-key
  // checks and the portal's deferred change triggers, each once a row): every reference is built
  // from the same numbering as the row it points at. The audit step switches them back on.
  const [{ su }] = (await execute(`select current_setting('is_superuser') as su`)) as { su: string }[];
  if (su === 'on') await execute('set local session_replication_role = replica');

  await step(
    'helpers',
    `create or replace function bench_rand(tag text, n bigint) returns float8 language sql immutable parallel safe as
       $$ select ('x' || substr(md5(tag || ':' || n::text), 1, 8))::bit(32)::bigint / 4294967296::float8 $$`,
  );

  // Units: 1 bureau, 20 sections, then affiliated units and township offices (about 15%).
  const sections = Math.min(SECTION_NAMES.length, Math.max(0, U - 1));
  await step(
    'units',
    `insert into unit (id, created_at, updated_at, version, code, name, short_name, kind, parent_id, responsible_areas, phone, active, sort_order)
     select ${idOf('unit', 'n')}, ${now}, ${now}, 1, 'U' || lpad(n::text, 5, '0'),
            case when n = 1 then '县财政局'
                 when n <= ${sections + 1} then '县财政局' || (${arr(SECTION_NAMES)})[n - 1]
                 when n % 7 = 0 then (${arr(TOWNS)})[1 + (n / 7) % ${TOWNS.length}] || '镇财政所（' || n || '）'
                 else '县财政局下属单位' || n end,
            null,
            case when n = 1 then 'BUREAU' when n <= ${sections + 1} then 'SECTION' when n % 7 = 0 then 'TOWNSHIP_OFFICE' else 'AFFILIATED_UNIT' end,
            case when n = 1 then null else ${idOf('unit', '1')} end,
            case when n between 2 and ${sections + 1} and ${r('unit-area')} < 0.3 then array[${pick('unit-area-pick', AREAS)}] else '{}'::text[] end,
            '0570-' || lpad((n * 37 % 10000)::text, 4, '0') || '000', true, n
       from generate_series(1, ${U}) n`,
  );

  // People: spread over the units (larger units get more), with a head for each unit.
  await step(
    'people',
    `insert into person (id, created_at, updated_at, version, name, staff_number, unit_id, position, is_civil_servant, leadership_role, status)
     select ${idOf('person', 'n')}, ${now}, ${now}, 1,
            ${pick('surname', SURNAMES)} || ${pick('given1', GIVEN)} || case when ${r('given-len')} < 0.6 then ${pick('given2', GIVEN)} else '' end,
            'S' || lpad(n::text, 6, '0'),
            ${idOf('unit', `case when n <= ${U} then n else ${index('person-unit', U, 1.3)} end`)},
            case when n <= ${U} then '负责人' else (array['科员','副主任科员','主任科员','四级主任科员','一级科员','会计'])[1 + n % 6] end,
            ${r('person-cs')} < 0.85,
            case when n = 1 then 'DIRECTOR' when n <= ${U} then 'UNIT_HEAD' when n <= ${U * 2} then 'DEPUTY_UNIT_HEAD' else 'NONE' end,
            ${weighted('person-status', [['ACTIVE', 0.93], ['ON_LEAVE', 0.02], ['TRANSFERRED', 0.03], ['RETIRED', 0.02]])}
       from generate_series(1, ${P}) n`,
    `update unit set head_id = ${idOf('person', "substr(code, 2)::int")}`,
  );

  // Enterprises with valid credit codes.
  const codes = Array.from({ length: size.enterprises }, (_, i) => benchCreditCode(i + 1));
  await step(
    'enterprises',
    `insert into enterprise (id, created_at, updated_at, version, name, credit_code, legal_representative, address, status)
     select ${idOf('enterprise', 'n')}, ${now}, ${now}, 1, (${arr(TOWNS)})[1 + n % ${TOWNS.length}] || '建设工程有限公司' || n, c,
            ${pick('ent-rep', SURNAMES)} || ${pick('ent-rep2', GIVEN)}, '某县工业园区' || n || '号',
            ${weighted('ent-status', [['ACTIVE', 0.94], ['SUSPENDED', 0.03], ['DEREGISTERED', 0.03]])}
       from unnest(${arr(codes)}::text[]) with ordinality as t(c, n)`,
  );

  // Dishonesty records: three in four about people; a lifecycle per row.
  // d = decision date; c = confirmation date (d + 3..20 days).
  const R = size.records;
  await step(
    'records',
    `insert into dishonesty_record (id, created_at, updated_at, version, subject_type, subject_unit_id, subject_person_id, scope_unit_id, subject_name,
        category, severity, facts, legal_basis, document_number, deciding_authority, decision_date, source_type, evidence, status,
        self_corrected, mitigation, return_reason, submitted_at, confirmed_at, disclosure_start, disclosure_end, objection_deadline, disputed,
        repaired_at, repair_reason, revoked_at, revoke_reason)
     select id, d::timestamptz, coalesce(repaired, revoked, c::timestamptz, d::timestamptz), 1,
            case when is_person then 'PERSON' else 'UNIT' end,
            case when is_person then null else unit_id end,
            case when is_person then person_id else null end,
            scope_id, subject_name, category, severity,
            '经核查，' || subject_name || '存在' || category || '情形（第' || n || '号）。', '《政务诚信管理办法》', '县财信〔' || extract(year from d) || '〕' || n || '号',
            '县财政局', d, 'MANUAL', '[]'::jsonb, status,
            mitigation <> 'NONE', mitigation,
            case when status = 'RETURNED' then '事实依据不足，请补充材料' end,
            case when status <> 'DRAFT' then d::timestamptz + interval '1 day' end,
            case when status in ('CONFIRMED', 'REVOKED') then c::timestamptz end,
            case when status = 'CONFIRMED' then c end,
            case when status = 'CONFIRMED' then c + case severity when 'GENERAL' then 365 when 'SERIOUS' then 1095 else 1825 end end,
            case when status in ('CONFIRMED', 'REVOKED') then c + 21 end,
            false,
            repaired, case when repaired is not null then '已完成整改，信用修复' end,
            revoked, case when revoked is not null then '复核后撤销' end
       from (
         select x.n, x.d, x.c, x.category, x.severity, x.is_person, x.status, x.mitigation, x.person_id, x.unit_id,
                coalesce(p.unit_id, x.unit_id) as scope_id, coalesce(p.name, u.name) as subject_name,
                case when x.status = 'CONFIRMED' and ${r('rec-repair', 'x.n')} < 0.35
                          and x.c + case x.severity when 'GENERAL' then 120 when 'SERIOUS' then 240 else 420 end < date '${BENCH_TODAY}'
                     then (x.c + case x.severity when 'GENERAL' then 120 when 'SERIOUS' then 240 else 420 end)::timestamptz end as repaired,
                case when x.status = 'REVOKED' then (x.c + 30)::timestamptz end as revoked
           from (
             select n, d, d + 3 + floor(${r('rec-confirm')} * 18)::int as c,
                    ${weighted('rec-category', CATEGORIES)} as category,
                    ${weighted('rec-severity', SEVERITIES)} as severity,
                    ${r('rec-subject')} < 0.75 as is_person,
                    ${weighted('rec-status', [['DRAFT', 0.03], ['SUBMITTED', 0.05], ['RETURNED', 0.03], ['REVOKED', 0.04], ['CONFIRMED', 0.85]])} as status,
                    ${weighted('rec-mitigation', [['NONE', 0.92], ['MITIGATED', 0.06], ['WAIVED', 0.02]])} as mitigation,
                    ${idOf('person', index('rec-person', P, 1.2))} as person_id,
                    ${idOf('unit', index('rec-unit', U, 1.2))} as unit_id
               from (select n, ${dateIn('rec-date', '2021-06-01', 1950)} as d from generate_series(1, ${R}) n offset 0) g
           offset 0) x
           left join person p on x.is_person and p.id = x.person_id
           left join unit u on not x.is_person and u.id = x.unit_id
       offset 0) y,
       lateral (select ${idOf('record', 'y.n')} as id) i`,
  );

  // Objections on one confirmed record in twenty; rectifications on serious and grave ones.
  await step(
    'objections',
    `insert into record_objection (id, created_at, updated_at, version, record_id, filed_on, grounds, evidence, decision_due_on, status, decided_at, decision_reason, corrections)
     select ${uuidOf("'objection' || rn")}, (r.confirmed_at + interval '5 days'), r.updated_at, 1, r.id, (r.confirmed_at + interval '5 days')::date,
            '对认定事实有异议', '[]'::jsonb, (r.confirmed_at + interval '19 days')::date,
            ${weighted('obj-status', [['UPHELD', 0.7], ['CORRECTED', 0.25], ['PENDING', 0.05]], 'rn')},
            r.confirmed_at + interval '15 days', '经复核，维持原认定', '[]'::jsonb
       from (select row_number() over (order by id) as rn, * from dishonesty_record where status = 'CONFIRMED') r
      where rn % 20 = 0`,
    `update record_objection set decided_at = null, decision_reason = null where status = 'PENDING'`,
  );
  await step(
    'rectifications',
    `insert into rectification (id, created_at, updated_at, version, record_id, required_actions, working_days, deadline, responsible_unit_id, progress, evidence, status, completed_at, verified_at, verification_note)
     select ${uuidOf("'rectification' || rn")}, r.confirmed_at, r.updated_at, 1, r.id, '限期整改并提交整改报告', 20, (r.confirmed_at + interval '28 days')::date,
            r.scope_unit_id, '已按要求整改', '[]'::jsonb, s.status,
            case when s.status in ('COMPLETED', 'VERIFIED') then r.confirmed_at + interval '20 days' end,
            case when s.status = 'VERIFIED' then r.confirmed_at + interval '25 days' end,
            case when s.status = 'VERIFIED' then '整改到位' end
       from (select row_number() over (order by id) as rn, * from dishonesty_record where status = 'CONFIRMED' and severity <> 'GENERAL') r,
            lateral (select case when r.repaired_at is not null then 'VERIFIED'
                                 when r.confirmed_at > timestamptz '${BENCH_TODAY}' - interval '28 days' then 'OPEN'
                                 else ${weighted('rect-status', [['VERIFIED', 0.8], ['COMPLETED', 0.1], ['OVERDUE', 0.1]], 'r.rn')} end as status) s`,
  );

  // Commitments: made over four years; past-due ones fulfilled, broken or waived.
  await step(
    'commitments',
    `insert into commitment (id, created_at, updated_at, version, subject_type, subject_unit_id, subject_person_id, scope_unit_id, subject_name, kind, content,
        made_on, due_on, evidence, status, evaluated_at, evaluation_note, evaluation_evidence, broken_automatically)
     select ${idOf('commitment', 'x.n')}, x.made::timestamptz, coalesce(x.evaluated, x.made::timestamptz), 1,
            case when x.is_person then 'PERSON' else 'UNIT' end,
            case when x.is_person then null else x.unit_id end, case when x.is_person then x.person_id end,
            coalesce(p.unit_id, x.unit_id), coalesce(p.name, u.name), x.kind, '承诺按时办结（第' || x.n || '项）',
            x.made, x.due, '[]'::jsonb, x.status, x.evaluated,
            case when x.status = 'FULFILLED' then '按期履行' when x.status = 'BROKEN' then '逾期未履行' when x.status = 'WAIVED' then '客观原因免于评价' end,
            '[]'::jsonb, x.status = 'BROKEN' and ${r('com-auto', 'x.n')} < 0.5
       from (
         select n, made, due, kind, is_person, person_id, unit_id,
                case when due >= date '${BENCH_TODAY}' then 'PENDING'
                     else ${weighted('com-status', [['FULFILLED', 0.86], ['BROKEN', 0.1], ['WAIVED', 0.04]])} end as status,
                case when due < date '${BENCH_TODAY}' then (due - floor(${r('com-eval')} * 10)::int)::timestamptz end as evaluated
           from (select n, made, made + 30 + floor(${r('com-due')} * 335)::int as due,
                        ${pick('com-kind', ['SERVICE_QUALITY', 'DEADLINE', 'GUARANTEE', 'TOLERANCE', 'PROACTIVE_DISCLOSURE'])} as kind,
                        ${r('com-subject')} < 0.6 as is_person,
                        ${idOf('person', index('com-person', P))} as person_id,
                        ${idOf('unit', index('com-unit', U))} as unit_id
                   from (select n, ${dateIn('com-made', '2023-01-01', 1420)} as made from generate_series(1, ${size.commitments}) n offset 0) m offset 0) g
       offset 0) x
       left join person p on x.is_person and p.id = x.person_id
       left join unit u on not x.is_person and u.id = x.unit_id`,
  );

  // Complaints: received over three years, most handled and replied within their deadlines.
  await step(
    'complaints',
    `insert into complaint (id, created_at, updated_at, version, case_number, channel, category, title, content, anonymous, reporter_name, reporter_phone,
        receipt_lookup, receipt_hash, concerned_unit_id, status, received_on, acceptance_due_on, acceptance_decided_at, lead_unit_id, assigned_on,
        handling_due_on, transfers, conclusion, findings, concluded_at, reply, replied_at, satisfaction, rehandle_count)
     select ${idOf('complaint', 'n')}, rec::timestamptz, rec::timestamptz + interval '20 days', 1,
            'TS' || extract(year from rec) || lpad(n::text, 6, '0'), ${pick('cmp-channel', CHANNELS)}, ${pick('cmp-category', COMPLAINT_CATEGORIES)},
            '关于办事拖延的投诉（' || n || '）', '反映办理事项超期未办结。', ${r('cmp-anon')} < 0.3,
            case when ${r('cmp-anon')} >= 0.3 then ${pick('cmp-name', SURNAMES)} || '先生' end,
            case when ${r('cmp-anon')} >= 0.3 then '138' || lpad((n * 7919 % 100000000)::text, 8, '0') end,
            upper(substr(md5('receipt' || n), 1, 8)), 'bench-only', unit_id, status, rec, rec + 5,
            case when status <> 'RECEIVED' then (rec + 2)::timestamptz end,
            case when status not in ('RECEIVED', 'NOT_ACCEPTED', 'ACCEPTED') then unit_id end,
            case when status not in ('RECEIVED', 'NOT_ACCEPTED', 'ACCEPTED') then rec + 3 end,
            case when status not in ('RECEIVED', 'NOT_ACCEPTED', 'ACCEPTED') then rec + 33 end,
            '[]'::jsonb,
            case when status in ('CONCLUDED', 'REPLIED', 'CLOSED') then ${weighted('cmp-conclusion', [['SUBSTANTIATED', 0.25], ['PARTLY_SUBSTANTIATED', 0.25], ['UNSUBSTANTIATED', 0.5]])} end,
            case when status in ('CONCLUDED', 'REPLIED', 'CLOSED') then '经调查核实' end,
            case when status in ('CONCLUDED', 'REPLIED', 'CLOSED') then (rec + handled - 2)::timestamptz end,
            case when status in ('REPLIED', 'CLOSED') then '已答复投诉人' end,
            case when status in ('REPLIED', 'CLOSED') then (rec + handled)::timestamptz end,
            case when status = 'CLOSED' then ${weighted('cmp-sat', SATISFACTION)} end, 0
       from (select n, rec, ${idOf('unit', index('cmp-unit', U, 1.3))} as unit_id,
                    5 + floor(power(${r('cmp-handled')}, 2) * 45)::int as handled,
                    case when rec > date '${BENCH_TODAY}' - 40 then ${weighted('cmp-open', [['RECEIVED', 0.2], ['ASSIGNED', 0.4], ['INVESTIGATING', 0.4]])}
                         else ${weighted('cmp-status', [['NOT_ACCEPTED', 0.05], ['REPLIED', 0.1], ['CLOSED', 0.85]])} end as status
               from (select n, ${dateIn('cmp-rec', '2023-12-01', 1090)} as rec from generate_series(1, ${size.complaints}) n offset 0) g offset 0) x`,
  );

  // Training: sessions over four years; each person attends a few (session, person) pairs, all distinct.
  const S = size.trainingSessions;
  await step(
    'training',
    `insert into training_session (id, created_at, updated_at, version, topic, kind, held_on, hours, trainer, organiser_id, exam_required, pass_mark)
     select ${idOf('training', 'n')}, held::timestamptz, held::timestamptz, 1, '政务诚信专题培训（' || n || '）',
            ${pick('trn-kind', ['COURSE', 'LECTURE', 'ONLINE', 'LEADERS_STUDY'])}, held, 2 + floor(${r('trn-hours')} * 4) * 1.5,
            '县委党校', ${idOf('unit', index('trn-unit', Math.min(U, sections + 1)))}, ${r('trn-exam')} < 0.3, 60
       from (select n, ${dateIn('trn-held', '2023-01-01', 1420)} as held from generate_series(1, ${S}) n offset 0) g`,
    `insert into training_attendance (id, created_at, updated_at, version, session_id, person_id, scope_unit_id, status, hours_attended, hours_credited, exam_score, passed)
     select ${idOf('attendance', 'x.n')}, s.held_on::timestamptz, s.held_on::timestamptz, 1, s.id, p.id, p.unit_id, x.status,
            case when x.status = 'ATTENDED' then s.hours else 0 end, case when x.status = 'ATTENDED' then s.hours else 0 end,
            case when s.exam_required and x.status = 'ATTENDED' then 50 + floor(${r('att-score', 'x.n')} * 50)::int end,
            case when s.exam_required and x.status = 'ATTENDED' then 50 + floor(${r('att-score', 'x.n')} * 50)::int >= 60 end
       from (select n, 1 + (n - 1) % ${P} as pn, 1 + (((n - 1) / ${P}) * 97 + ((n - 1) % ${P}) * 7) % ${S} as sn,
                    ${weighted('att-status', [['ATTENDED', 0.9], ['ABSENT', 0.05], ['EXCUSED', 0.05]])} as status
               from generate_series(1, ${size.attendances}) n offset 0) x
       join person p on p.id = ${idOf('person', 'x.pn')}
       join training_session s on s.id = ${idOf('training', 'x.sn')}`,
  );

  // Supervision: tasks, People's Congress / CPPCC items, judicial suggestions, lawsuits and hearings.
  await step(
    'supervision',
    `insert into supervision_task (id, created_at, updated_at, version, title, requirement, assigned_unit_id, assigned_on, due_on, status, progress, result, evidence,
        submitted_on, score, return_count, accepted_on)
     select ${idOf('task', 'n')}, assigned::timestamptz, assigned::timestamptz, 1, '督办事项（' || n || '）', '按要求落实并报送结果',
            ${idOf('unit', index('tsk-unit', U))}, assigned, due, status, '推进中', case when status in ('SUBMITTED', 'ACCEPTED') then '已完成' end, '[]'::jsonb,
            case when status in ('SUBMITTED', 'ACCEPTED') then due - 10 + floor(${r('tsk-late')} * 14)::int end,
            case when status = 'ACCEPTED' then 60 + floor(${r('tsk-score')} * 40)::int end, 0,
            case when status = 'ACCEPTED' then due + 5 end
       from (select n, assigned, assigned + 30 + floor(${r('tsk-due')} * 60)::int as due,
                    case when assigned > date '${BENCH_TODAY}' - 90 then ${weighted('tsk-open', [['ASSIGNED', 0.3], ['IN_PROGRESS', 0.5], ['SUBMITTED', 0.2]])}
                         else ${weighted('tsk-status', [['ACCEPTED', 0.92], ['RETURNED', 0.03], ['IN_PROGRESS', 0.05]])} end as status
               from (select n, ${dateIn('tsk-assigned', '2023-01-01', 1420)} as assigned from generate_series(1, ${size.supervisionTasks}) n offset 0) g offset 0) x`,
    `insert into supervision_proposal (id, created_at, updated_at, version, kind, number, title, content, proposers, received_on, status, lead_unit_id,
        assigned_on, reply_due_on, reply_content, replied_on, satisfaction, first_satisfaction, rehandle_count, closed_on)
     select ${idOf('proposal', 'n')}, rec::timestamptz, rec::timestamptz, 1, case when n % 2 = 0 then 'NPC_SUGGESTION' else 'CPPCC_PROPOSAL' end,
            extract(year from rec) || '-' || n, '关于加强政务诚信建设的建议（' || n || '）', '建议加强政务诚信建设。', '[]'::jsonb, rec,
            status, ${idOf('unit', index('prp-unit', U))}, rec + 5, (rec + 5 + interval '3 months')::date,
            case when status in ('REPLIED', 'EVALUATED', 'CLOSED') then '已研究办理' end,
            case when status in ('REPLIED', 'EVALUATED', 'CLOSED') then rec + 30 + floor(${r('prp-reply')} * 70)::int end,
            case when status in ('EVALUATED', 'CLOSED') then ${weighted('prp-sat', SATISFACTION)} end,
            case when status in ('EVALUATED', 'CLOSED') then ${weighted('prp-sat', SATISFACTION)} end, 0,
            case when status = 'CLOSED' then rec + 110 end
       from (select n, rec, case when rec > date '${BENCH_TODAY}' - 100 then 'ASSIGNED'
                                 else ${weighted('prp-status', [['CLOSED', 0.9], ['EVALUATED', 0.05], ['REPLIED', 0.05]])} end as status
               from (select n, ${dateIn('prp-rec', '2023-02-01', 1390)} as rec from generate_series(1, ${size.proposals}) n offset 0) g offset 0) x`,
    `insert into judicial_suggestion (id, created_at, updated_at, version, kind, issuing_organ, document_number, content, unit_id, received_on, reply_due_on, status, replied_on, reply)
     select ${idOf('suggestion', 'n')}, rec::timestamptz, rec::timestamptz, 1,
            case when n % 3 = 0 then 'PROCURATORATE_SUGGESTION' else 'JUDICIAL_SUGGESTION' end,
            case when n % 3 = 0 then '县人民检察院' else '县人民法院' end, '司建〔' || extract(year from rec) || '〕' || n || '号', '建议规范合同管理。',
            ${idOf('unit', index('sug-unit', U))}, rec, rec + 60,
            case when rec > date '${BENCH_TODAY}' - 60 then 'PENDING' else 'REPLIED' end,
            case when rec <= date '${BENCH_TODAY}' - 60 then rec + 20 + floor(${r('sug-reply')} * 50)::int end,
            case when rec <= date '${BENCH_TODAY}' - 60 then '已整改并回复' end
       from (select n, ${dateIn('sug-rec', '2023-01-01', 1420)} as rec from generate_series(1, ${size.judicialSuggestions}) n offset 0) g`,
    `insert into lawsuit (id, created_at, updated_at, version, case_number, court, cause, unit_id, party_role, opposing_party, filed_on, status, closed_on)
     select ${idOf('lawsuit', 'n')}, filed::timestamptz, filed::timestamptz, 1, '（' || extract(year from filed) || '）浙1122民初' || n || '号', '县人民法院',
            '合同纠纷', ${idOf('unit', index('law-unit', U))}, ${pick('law-role', ['PLAINTIFF', 'DEFENDANT', 'DEFENDANT', 'THIRD_PARTY'])}, '某公司',
            filed, case when filed < date '${BENCH_TODAY}' - 200 then 'CLOSED' else 'OPEN' end,
            case when filed < date '${BENCH_TODAY}' - 200 then filed + 180 end
       from (select n, ${dateIn('law-filed', '2023-01-01', 1420)} as filed from generate_series(1, ${size.lawsuits}) n offset 0) g`,
    `insert into court_appearance (id, created_at, updated_at, version, lawsuit_id, hearing_on, head_required, outcome, appeared_name, appeared_position, absence_reason, recorded_at)
     select ${uuidOf("'hearing' || l.case_number || h")}, l.created_at, l.created_at, 1, l.id, l.filed_on + 30 * h, true,
            case when l.filed_on + 30 * h >= date '${BENCH_TODAY}' then null
                 else ${weighted('hear-outcome', [['HEAD_APPEARED', 0.82], ['DELEGATED', 0.15], ['ABSENT', 0.03]], "hashtext(l.case_number) + h")} end,
            '负责人', '局长', null, case when l.filed_on + 30 * h < date '${BENCH_TODAY}' then (l.filed_on + 30 * h)::timestamptz end
       from lawsuit l cross join generate_series(1, 2) h
      where h = 1 or l.party_role = 'DEFENDANT'`,
    `update court_appearance set appeared_name = null, appeared_position = null, absence_reason = '因公出差' where outcome = 'ABSENT'`,
  );

  // Accounts for the benchmarks (one password hash computed once).
  const hash = (await hashPassword(BENCH_PASSWORD)).replace(/'/g, "''");
  await step(
    'users',
    `insert into app_user (id, created_at, updated_at, version, username, display_name, password_hash, roles, unit_id, person_id, active)
     values (${idOf('user', "'admin'")}, ${now}, ${now}, 1, '${BENCH_USERS.admin}', '系统管理员', '${hash}', '{ADMIN}', ${idOf('unit', '1')}, null, true),
            (${idOf('user', "'analyst'")}, ${now}, ${now}, 1, '${BENCH_USERS.analyst}', '数据分析员', '${hash}', '{ANALYST}', ${idOf('unit', '1')}, null, true),
            (${idOf('user', "'leader'")}, ${now}, ${now}, 1, '${BENCH_USERS.leader}', '局领导', '${hash}', '{LEADER}', ${idOf('unit', '1')}, ${idOf('person', '1')}, true),
            (${idOf('user', "'reporter'")}, ${now}, ${now}, 1, '${BENCH_USERS.reporter}', '单位信息员', '${hash}', '{UNIT_REPORTER}', ${idOf('unit', '60')}, null, true)`,
  );

  if (size.auditEvents > 0) await timed('audit', () => loadAuditEvents(em, size.auditEvents, U).then(() => undefined));

  await step('analyze', 'analyze');
  return { seconds: timings, cpu };
}

/** Entity types the generated audit events name, in the proportions a working county writes them. */
const AUDIT_ENTITY_TYPES = ['Unit', 'Person', 'Person', 'DishonestyRecord', 'Commitment', 'Complaint', 'User', 'Session', 'MeasureApplication', 'Rectification', 'ProcurementProject', 'CreditCheck'];
const AUDIT_ACTORS = 40;
const AUDIT_ENTITIES = 20_000;
/** From this many events on, the trail's secondary indexes are built once after loading rather than row by row. */
const AUDIT_REINDEX_FROM = 50_000;
const GENESIS = '0'.repeat(64);
const DAY_MS = 86_400_000;
/** The columns of a generated event, in the order of chainedAuditEvents' `columns`. */
const AUDIT_COLUMNS = 'seq, prev_hash, hash, occurred_at, request_id, actor_id, actor_name, command, action, entity_type, entity_id, scope_unit_id, changes';

/** A generated audit event: its column values as text (AUDIT_COLUMNS order) and its canonical form. */
export interface ChainedAuditEvent {
  seq: number;
  hash: string;
  columns: string[];
  canonical: string;
}

/** A well-mixed unsigned 32-bit number fixed by a row number and a salt (murmur3's finaliser). */
function mix32(n: number, salt: number): number {
  let h = Math.imul(n ^ Math.imul(salt + 1, 0x9e3779b9), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h ^ salt, 0x27d4eb2d);
  h ^= h >>> 15;
  return h >>> 0;
}

/**
 * `total` generated events, chained after the event `after` (seq 0 and the genesis hash for an
 * empty trail): each event's hash is the SHA-256 of its canonical form and its prev_hash the
 * previous event's hash, exactly as the append trigger computes them. The canonical form is the
 * text of audit_event_canonical (migration AuditChain): PostgreSQL's json_build_array output (", "
 * between items, time in UTC with milliseconds) with changes in jsonb's normalised text (shorter
 * keys first, ": " and ", "). Every value is plain ASCII without quotes or backslashes, so it needs
 * no escaping in JSON or in COPY's text format. Events are spread over the year before BENCH_TODAY,
 * 40 actors, 20,000 entities and the generated units; every value is a hash of the row number,
 * so the same numbers give the same events.
 */
export function* chainedAuditEvents(total: number, units: number, after: { seq: number; hash: string } = { seq: 0, hash: GENESIS }): Generator<ChainedAuditEvent> {
  const yearMs = 365 * DAY_MS;
  const start = Date.parse(`${BENCH_TODAY}T00:00:00Z`) - yearMs;
  const unitIds = Array.from({ length: units }, (_, i) => benchId('unit', i + 1));
  const actorIds = Array.from({ length: AUDIT_ACTORS }, (_, i) => benchId('actor', i));
  const entityIds = new Map<number, string>();
  let prev = after.hash;
  for (let n = 1; n <= total; n++) {
    const r = mix32(n, 0) / 4_294_967_296;
    const actor = Math.floor((mix32(n, 1) / 4_294_967_296) * AUDIT_ACTORS);
    const entity = Math.floor((mix32(n, 3) / 4_294_967_296) * AUDIT_ENTITIES);
    let entityId = entityIds.get(entity);
    if (!entityId) entityIds.set(entity, (entityId = benchId('e', entity)));
    const seq = after.seq + n;
    const occurredAt = new Date(start + Math.floor((n / total) * yearMs)).toISOString();
    const requestId = [4, 5, 6, 7].map((i) => mix32(n, i).toString(16).padStart(8, '0')).join('');
    const action = r < 0.1 ? 'READ' : r < 0.35 ? 'CREATE' : r < 0.38 ? 'DELETE' : 'UPDATE';
    const entityType = AUDIT_ENTITY_TYPES[Math.floor((mix32(n, 2) / 4_294_967_296) * AUDIT_ENTITY_TYPES.length)];
    const unitId = unitIds[Math.floor((mix32(n, 8) / 4_294_967_296) * units)];
    const changes = `{"phone": {"after": ${n + 1}, "before": ${n}}}`;
    const canonical =
      `["audit-event/v1", ${seq}, "${prev}", "${occurredAt}", "${requestId}", "${actorIds[actor]}", "user${actor}", "updateSomething", ` +
      `"${action}", "${entityType}", "${entityId}", "${unitId}", ${changes}]`;
    const hash = crypto.hash('sha256', canonical, 'hex');
    const columns = [String(seq), prev, hash, occurredAt, requestId, actorIds[actor], `user${actor}`, 'updateSomething', action, entityType, entityId, unitId, changes];
    yield { seq, hash, columns, canonical };
    prev = hash;
  }
}

/**
 * Appends `count` generated events to the audit trail in the transaction `em` runs in. The chain is
 * computed here (chainedAuditEvents) and streamed into the table with COPY while it is computed;
 * the chain lock is held throughout, as the append trigger holds it, so no other appender
 * interleaves.
 *
 * As a superuser the session switches triggers off for this transaction only
 * (session_replication_role = replica), so the trigger does not hash row by row, and a large load
 * drops the secondary indexes of audit_event and builds them again from their own definitions
 * afterwards. Without superuser rights the same rows go through the trigger, which computes the
 * same chain, slowly.
 */
export async function loadAuditEvents(em: EntityManager, count: number, units = DEFAULT_SIZE.units): Promise<{ bypassedTrigger: boolean }> {
  const ctx = em.getTransactionContext<Knex.Transaction>();
  if (!ctx) throw new Error('loadAuditEvents runs inside a transaction');
  const execute = async <T>(sql: string) => (await em.getConnection().execute(sql, [], 'all', ctx)) as T[];
  await execute(`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [su] = await execute<{ su: string }>(`select current_setting('is_superuser') as su`);
  const bypassedTrigger = su?.su === 'on';
  const [head] = await execute<{ seq: string; hash: string }>('select seq::text as seq, hash from audit_event order by seq desc limit 1');
  let indexes: { name: string; definition: string }[] = [];
  if (bypassedTrigger) {
    await execute('set local session_replication_role = replica');
    if (count >= AUDIT_REINDEX_FROM) {
      indexes = await execute(
        `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
           from pg_index i where i.indrelid = 'audit_event'::regclass and not i.indisprimary`,
      );
      for (const index of indexes) await execute(`drop index ${index.name}`);
    }
  }
  const events = chainedAuditEvents(count, units, head ? { seq: Number(head.seq), hash: head.hash } : undefined);
  // COPY's text format: one line per event, tab between columns, in chunks of 1,000 lines.
  async function* lines() {
    let chunk: string[] = [];
    for (const event of events) {
      chunk.push(event.columns.join('\t'));
      if (chunk.length === 1000) {
        yield `${chunk.join('\n')}\n`;
        chunk = [];
      }
    }
    if (chunk.length) yield `${chunk.join('\n')}\n`;
  }
  // The transaction's own connection (a pg client), which the COPY must use.
  const client = (await ctx.client.acquireConnection()) as { query(stream: Writable): Writable };
  await pipeline(Readable.from(lines()), client.query(copyFrom(`copy audit_event (${AUDIT_COLUMNS}) from stdin`)));
  if (indexes.length) {
    // Built by this backend alone, so that the generator's CPU figure counts all of it.
    await execute(`set local maintenance_work_mem = '256MB'`);
    await execute('set local max_parallel_maintenance_workers = 0');
    for (const index of indexes) await execute(index.definition);
  }
  if (bypassedTrigger) await execute('set local session_replication_role = origin');
  return { bypassedTrigger };
}

export interface BenchCounty {
  /** URL of the scratch database that holds the county. */
  databaseUrl: string;
  name: string;
  /** Seconds per generation step, and the total. */
  timings: Record<string, number>;
  /** CPU seconds per generation step (generator and database backend), and the total. */
  cpu: Record<string, number>;
  /** Row counts of the main tables. */
  counts: Record<string, number>;
  /** Drops the scratch database (unless BENCH_KEEP=1). */
  drop(): Promise<void>;
}

/**
 * Creates a scratch database on the PostgreSQL server of `adminUrl`, migrates it, fills it
 * with the generated county and returns its URL. Call drop() when done.
 */
export async function loadBenchCounty(adminUrl: string, size: Partial<CountySize> = {}): Promise<BenchCounty> {
  const name = `bench_county_${crypto.randomBytes(4).toString('hex')}`;
  await withDatabase(adminUrl, (orm) => orm.em.getConnection().execute(`create database "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const started = performance.now();
  let timings: Record<string, number> = {};
  let cpu: Record<string, number> = {};
  let counts: Record<string, number> = {};
  const drop = async () => {
    await withDatabase(adminUrl, (orm) => orm.em.getConnection().execute(`drop database if exists "${name}" with (force)`));
  };
  await withDatabase(databaseUrl, async (orm) => {
    await migrate(orm);
    const migrated = (performance.now() - started) / 1000;
    const conn = orm.em.getConnection();
    await orm.em.transactional(async (em) => {
      const times = await generateCounty(em as EntityManager, size);
      timings = { migrate: migrated, ...times.seconds };
      cpu = times.cpu;
    });
    // A county in use has been through autovacuum: the visibility map lets count(*) and index-only
    // scans skip the table's pages, as they do on a bureau's database (outside the transaction).
    const vacuumStarted = performance.now();
    await conn.execute('vacuum (analyze)');
    timings.vacuum = (performance.now() - vacuumStarted) / 1000;
    const tables = ['unit', 'person', 'dishonesty_record', 'record_objection', 'rectification', 'commitment', 'complaint', 'training_attendance', 'supervision_task', 'supervision_proposal', 'judicial_suggestion', 'court_appearance', 'enterprise', 'audit_event'];
    const rows = (await conn.execute(tables.map((t) => `select '${t}' as t, count(*)::int as n from ${t}`).join(' union all '))) as { t: string; n: number }[];
    counts = Object.fromEntries(rows.map((row) => [row.t, Number(row.n)]));
  }).catch(async (e: unknown) => {
    await drop();
    throw e;
  });
  timings.total = (performance.now() - started) / 1000;
  cpu.total = Object.values(cpu).reduce((a, b) => a + b, 0);
  return {
    databaseUrl,
    name,
    timings,
    cpu,
    counts,
    drop: async () => {
      if (process.env.BENCH_KEEP !== '1') await drop();
    },
  };
}

async function withDatabase<T>(databaseUrl: string, fn: (orm: MikroORM) => Promise<T>): Promise<T> {
  const orm = (await openDatabase({ databaseUrl })) as MikroORM;
  try {
    return await fn(orm);
  } finally {
    await closeDatabase(orm);
  }
}

async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('Set DATABASE_URL to a PostgreSQL server (the generator creates its own database on it)');
  const auditEvents = Number(process.env.BENCH_AUDIT_EVENTS ?? 0);
  const county = await loadBenchCounty(adminUrl, { auditEvents });
  console.log(`Generated county in database ${county.name} (as of ${BENCH_TODAY}):`);
  for (const [table, n] of Object.entries(county.counts)) console.log(`  ${table.padEnd(22)} ${n.toLocaleString('en').padStart(10)}`);
  console.log('Seconds per step (wall clock; CPU of the generator and the database backend, migrations not counted):');
  for (const [stepName, s] of Object.entries(county.timings)) {
    const cpu = county.cpu[stepName];
    console.log(`  ${stepName.padEnd(22)} ${s.toFixed(2).padStart(8)} s${cpu !== undefined ? `  CPU ${cpu.toFixed(2).padStart(8)} s` : ''}`);
  }
  if (auditEvents > 0) {
    // The server's own check of every link and hash, as verifyAuditChain runs it.
    const verification = await withDatabase(county.databaseUrl, (orm) => auditChainService.verify(orm.em.fork() as EntityManager, {}));
    console.log(
      verification.ok
        ? `Audit chain verified by the server: ${verification.eventsChecked.toLocaleString('en')} events intact (${(verification.durationMs / 1000).toFixed(1)} s)`
        : `Audit chain does NOT verify: ${verification.failure?.message}`,
    );
    if (!verification.ok) process.exitCode = 1;
  }
  if (process.env.BENCH_KEEP === '1') console.log(`Kept: ${county.databaseUrl}`);
  await county.drop();
}

if (process.argv[1] && /generate\.ts$/.test(process.argv[1])) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
