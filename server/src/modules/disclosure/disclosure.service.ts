import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { instanceOf } from '../../app/instance';
import { creditPolicyService } from '../credit/credit-policy.service';
import { RecordStatus, SubjectType, type RecordCategory, type Severity } from '../credit/credit.enums';
import { RunStatus, type Grade } from '../evaluation/evaluation.enums';
import { sql } from '../evaluation/evaluation.service';
import type { UnitKind } from '../organisation/organisation.enums';
import { maskPersonName } from './mask';
import {
  PUBLIC_PAGE_SIZE,
  type PublicDisclosureRules,
  type PublicHonourRoll,
  type PublicHonourRollArgs,
  type PublicRecord,
  type PublicRecordArgs,
  type PublicRecordList,
  type PublicUnit,
} from './disclosure.types';

/**
 * What is disclosed today: confirmed, not repaired (revoked records are not
 * CONFIRMED), and today inside [disclosure_start, disclosure_end]. Evaluated
 * against the clock at query time, so a record leaves the portal on the day
 * after its window ends without anyone doing anything.
 */
const DISCLOSED = `r.status = '${RecordStatus.CONFIRMED}' and r.repaired_at is null
  and r.disclosure_start <= ?::date and r.disclosure_end >= ?::date`;

interface RecordRow {
  subject_type: SubjectType;
  subject_name: string;
  unit_name: string;
  category: RecordCategory;
  severity: Severity;
  decision_date: string | null;
  deciding_authority: string | null;
  document_number: string | null;
  legal_basis: string | null;
  disclosure_start: string;
  disclosure_end: string;
  disputed: boolean;
  total: number;
}

const dateText = (v: unknown): string | null => (v == null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

/** The only way a record reaches the public: masked, without ids or free-text facts. */
function publicRecord(row: RecordRow): PublicRecord {
  const person = row.subject_type === SubjectType.PERSON;
  return {
    subjectType: row.subject_type,
    subjectName: person ? maskPersonName(row.subject_name) : row.subject_name,
    unitName: row.unit_name,
    category: row.category,
    severity: row.severity,
    decisionDate: dateText(row.decision_date),
    decidingAuthority: row.deciding_authority,
    // A document number or legal basis about a person could lead back to them.
    documentNumber: person ? null : row.document_number,
    legalBasis: person ? null : row.legal_basis,
    disclosureStart: dateText(row.disclosure_start)!,
    disclosureEnd: dateText(row.disclosure_end)!,
    disputed: row.disputed,
  };
}

export class DisclosureService {
  /** 公示: a page of the records disclosed today, newest decision first. */
  records({ em, instance }: AppContext, args: PublicRecordArgs): Promise<PublicRecordList> {
    const f = args.filter ?? {};
    const key = { unitCode: f.unitCode ?? null, category: f.category ?? null, subjectType: f.subjectType ?? null, offset: args.offset, limit: args.limit };
    return instanceOf({ instance }).publicCache.get(em, 'publicRecords', key, async () => {
      const day = today();
      const where: string[] = [DISCLOSED];
      const params: unknown[] = [day, day];
      if (f.unitCode) {
        where.push('u.code = ?');
        params.push(f.unitCode);
      }
      if (f.category) {
        where.push('r.category = ?');
        params.push(f.category);
      }
      if (f.subjectType) {
        where.push('r.subject_type = ?');
        params.push(f.subjectType);
      }
      const rows = await sql<RecordRow>(
        em,
        `select r.subject_type, r.subject_name, u.name as unit_name, r.category, r.severity, r.decision_date::text as decision_date,
                r.deciding_authority, r.document_number, r.legal_basis, r.disclosure_start::text as disclosure_start,
                r.disclosure_end::text as disclosure_end, r.disputed, count(*) over ()::int as total
           from dishonesty_record r join unit u on u.id = r.scope_unit_id
          where u.active and ${where.join(' and ')}
          order by r.decision_date desc nulls last, r.disclosure_start desc, r.id
          limit ${Math.min(args.limit, PUBLIC_PAGE_SIZE)} offset ${args.offset}`,
        params,
      );
      return { items: rows.map(publicRecord), total: rows.length ? Number(rows[0].total) : 0, asOf: day };
    });
  }

  /** The active units, with how many records about each are disclosed today. */
  units({ em, instance }: AppContext): Promise<PublicUnit[]> {
    return instanceOf({ instance }).publicCache.get(em, 'publicUnits', null, async () => {
      const day = today();
      const rows = await sql<{ code: string; name: string; kind: UnitKind; n: number }>(
        em,
        `select u.code, u.name, u.kind,
                (select count(*) from dishonesty_record r where r.scope_unit_id = u.id and ${DISCLOSED})::int as n
           from unit u where u.active order by u.sort_order, u.code`,
        [day, day],
      );
      return rows.map((r) => ({ code: r.code, name: r.name, kind: r.kind, disclosedRecords: Number(r.n) }));
    });
  }

  /**
   * 守信红榜: units or staff graded A in the latest published yearly evaluation,
   * best first, leaving out anyone with a record disclosed today.
   */
  honourRoll({ em, instance }: AppContext, args: PublicHonourRollArgs): Promise<PublicHonourRoll> {
    return instanceOf({ instance }).publicCache.get(em, 'publicHonourRoll', { subjectType: args.subjectType, limit: args.limit }, async () => {
      const day = today();
      const [run] = await sql<{ id: string; period: string }>(
        em,
        `select id, period from evaluation_run where subject_type = ? and status = ? and period_kind = 'YEAR'
          order by period desc, revision desc limit 1`,
        [args.subjectType, RunStatus.PUBLISHED],
      );
      if (!run) return { period: null, items: [] };
      const subjectColumn = args.subjectType === SubjectType.UNIT ? 'subject_unit_id' : 'subject_person_id';
      const rows = await sql<{ subject_name: string; unit_name: string; score: number; grade: Grade }>(
        em,
        `select e.subject_name, u.name as unit_name, e.score, e.grade
           from evaluation_result e join unit u on u.id = e.unit_id
          where e.run_id = ? and e.grade = 'A' and u.active
            and not exists (select 1 from dishonesty_record r where r.${subjectColumn} = e.subject_id and ${DISCLOSED})
          order by e.score desc, e.subject_name, e.subject_id
          limit ${Math.min(args.limit, PUBLIC_PAGE_SIZE)}`,
        [run.id, day, day],
      );
      return {
        period: run.period,
        items: rows.map((r) => ({
          subjectType: args.subjectType,
          subjectName: args.subjectType === SubjectType.PERSON ? maskPersonName(r.subject_name) : r.subject_name,
          unitName: r.unit_name,
          score: Number(r.score),
          grade: r.grade,
        })),
      };
    });
  }

  /** 公示规则: the periods in force (the credit policy), for the portal's rules page. */
  rules({ em, instance }: AppContext): Promise<PublicDisclosureRules> {
    return instanceOf({ instance }).publicCache.get(em, 'publicDisclosureRules', null, async () => {
      const p = await creditPolicyService.get(em);
      return {
        disclosureDaysGeneral: p.disclosureDaysGeneral,
        disclosureDaysSerious: p.disclosureDaysSerious,
        disclosureDaysGrave: p.disclosureDaysGrave,
        repairMinDaysGeneral: p.repairMinDaysGeneral,
        repairMinDaysSerious: p.repairMinDaysSerious,
        repairMinDaysGrave: p.repairMinDaysGrave,
        objectionWindowWorkingDays: p.objectionWindowWorkingDays,
        objectionDecisionWorkingDays: p.objectionDecisionWorkingDays,
        pageSize: PUBLIC_PAGE_SIZE,
      };
    });
  }
}

export const disclosureService = new DisclosureService();
