import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../server/src/app/clock';
import {
  AwardEligibilityDocument,
  ConfirmDishonestyRecordDocument,
  CreateCommitmentDocument,
  CreateDishonestyRecordDocument,
  CreateEvaluationSchemeDocument,
  CreatePersonDocument,
  CreateTrainingSessionDocument,
  CreateUnitDocument,
  EvaluateDocument,
  EvaluationChangesDocument,
  EvaluationDistributionDocument,
  EvaluationResultDocument,
  EvaluationResultEntitiesDocument,
  EvaluationResultsDocument,
  EvaluationResultsWithLedgerDocument,
  EvaluationTrendDocument,
  EvaluationWhatIfDocument,
  FulfilCommitmentDocument,
  MeDocument,
  PerformanceAssessmentExportDocument,
  PublishEvaluationRunDocument,
  PublishEvaluationSchemeDocument,
  RecordTrainingAttendanceDocument,
  SubmitDishonestyRecordDocument,
  UnitByCodeDocument,
  UpdateEvaluationSchemeDocument,
  WaiveCommitmentDocument,
  type CreateDishonestyRecordInput,
  type ScoringRulesInput,
} from '../generated/graphql';
import { errorCode, startTestApp, type TestApp } from '../helpers/test-app';

// Hand-made cases in 2024, a year the demo data leaves alone, on units and people created here.
// The test scheme (below) keeps the arithmetic easy to follow:
//   base 100; A1 = 100 × 50% × 60% = 30 full marks, capped at 8; A2 = 100 × 50% × 40% = 20; B1 = 50.
//   ADMIN_PENALTY: GENERAL 3, SERIOUS 5 (A1); DISCIPLINARY_SANCTION GENERAL 2 (A2);
//   ACCOUNTABILITY: GENERAL 10, GRAVE 40 (B1). Commitments kept: 1 point each, at most 2.
//   Mitigated (主动纠错从轻) records cost half; grades A ≥ 90, B ≥ 80, C ≥ 60, else D.
const YEAR = '2024';

const testRules = (over: Partial<ScoringRulesInput> = {}): ScoringRulesInput => ({
  baseScore: 100,
  indicators: [
    {
      code: 'A', name: '守信', weight: 50,
      children: [
        { code: 'A1', name: '行政处罚', weight: 60, cap: 8 },
        { code: 'A2', name: '纪律处分', weight: 40 },
      ],
    },
    { code: 'B', name: '问责', weight: 50, children: [{ code: 'B1', name: '问责处理', weight: 100 }] },
  ],
  deductions: [
    { category: 'ADMIN_PENALTY', severity: 'GENERAL', indicator: 'A1', points: 3 },
    { category: 'ADMIN_PENALTY', severity: 'SERIOUS', indicator: 'A1', points: 5 },
    { category: 'DISCIPLINARY_SANCTION', severity: 'GENERAL', indicator: 'A2', points: 2 },
    { category: 'ACCOUNTABILITY', severity: 'GENERAL', indicator: 'B1', points: 10 },
    { category: 'ACCOUNTABILITY', severity: 'GRAVE', indicator: 'B1', points: 40 },
  ],
  credits: [{ kind: 'COMMITMENT_ON_TIME', points: 1, cap: 2 }],
  maxCredits: 10,
  timeRules: { recordDate: 'DECISION_DATE', countRepaired: false, countDisputed: false, mitigatedFactor: 0.5 },
  grades: [
    { grade: 'A', label: '诚信', minScore: 90 },
    { grade: 'B', label: '基本诚信', minScore: 80 },
    { grade: 'C', label: '警示', minScore: 60 },
    { grade: 'D', label: '失信', minScore: 0 },
  ],
  ...over,
});

describe('evaluation scores (诚信评价)', () => {
  let t: TestApp;
  let admin: string;
  let discipline: string;
  let general: string;
  let reporter: string;
  let leader: string;
  const units: Record<string, string> = {};
  let bureauId: string;
  let firstRun: { id: string; version: number; revision: number };

  beforeAll(async () => {
    t = await startTestApp();
    [admin, discipline, general, reporter, leader] = await Promise.all(['admin', 'discipline', 'general', 'reporter', 'leader'].map((u) => t.login(u)));
    bureauId = (await t.gql(UnitByCodeDocument, { code: 'JXCZ' }, admin)).data!.unitByCode.id;
    for (const name of ['X', 'Y', 'Z', 'W', 'V']) {
      const r = await t.gql(CreateUnitDocument, { input: { code: `EV-${name}`, name: `评价测试单位${name}`, kind: 'AFFILIATED_UNIT', parentId: bureauId } }, admin);
      expect(r.errors).toBeUndefined();
      units[name] = r.data!.createUnit.id;
    }
  });
  afterEach(() => setToday(undefined));
  afterAll(async () => t?.close());

  /** A confirmed record decided on `date` (created on that day or later). */
  async function record(unit: string, category: CreateDishonestyRecordInput['category'], severity: CreateDishonestyRecordInput['severity'], date: string, over: Partial<CreateDishonestyRecordInput> = {}) {
    setToday(date < '2025-01-05' ? '2025-01-05' : date);
    const created = await t.gql(
      CreateDishonestyRecordDocument,
      { input: { subjectType: 'UNIT', subjectId: units[unit], category, severity, facts: `评价测试记录（${category}）`, documentNumber: `测〔${date}〕`, decisionDate: date, ...over } },
      general,
    );
    expect(created.errors).toBeUndefined();
    const c = created.data!.createDishonestyRecord;
    const s = (await t.gql(SubmitDishonestyRecordDocument, { id: c.id, version: c.version }, general)).data!.submitDishonestyRecord;
    const confirmed = await t.gql(ConfirmDishonestyRecordDocument, { id: s.id, version: s.version }, discipline);
    expect(confirmed.errors).toBeUndefined();
    setToday(undefined);
    return confirmed.data!.confirmDishonestyRecord;
  }

  async function commitment(unit: string, dueOn: string, outcome: 'FULFILLED' | 'WAIVED') {
    setToday('2024-01-02');
    const c = (await t.gql(CreateCommitmentDocument, { input: { subjectType: 'UNIT', subjectId: units[unit], kind: 'DEADLINE', content: '按期办结承诺事项', madeOn: '2024-01-02', dueOn } }, general)).data!
      .createCommitment;
    const r =
      outcome === 'FULFILLED'
        ? await t.gql(FulfilCommitmentDocument, { id: c.id, input: { note: '经核实已按期履行' }, version: c.version }, discipline)
        : await t.gql(WaiveCommitmentDocument, { id: c.id, reason: '情况变化，经批准豁免', version: c.version }, discipline);
    expect(r.errors).toBeUndefined();
    setToday(undefined);
  }

  const resultOf = async (unit: string, runId?: string) => {
    const r = await t.gql(EvaluationResultDocument, { subjectType: 'UNIT', subjectId: units[unit], period: YEAR, runId }, admin);
    expect(r.errors).toBeUndefined();
    return r.data!.evaluationResult!;
  };
  const sum = (ledger: { points: number }[]) => Math.round(ledger.reduce((a, l) => a + l.points, 0) * 100) / 100;

  it('refuses a scheme whose rules do not hold together, naming each field', async () => {
    const bad = testRules({
      indicators: [
        { code: 'A', name: '守信', weight: 60, children: [{ code: 'A1', name: '行政处罚', weight: 100 }] },
        { code: 'B', name: '问责', weight: 30, children: [{ code: 'B1', name: '问责处理', weight: 90 }] },
      ],
      deductions: [{ category: 'ADMIN_PENALTY', severity: 'GENERAL', indicator: 'Q9', points: 3 }],
      credits: [{ kind: 'TRAINING_HOURS', points: 1, cap: 2 }],
    });
    const r = await t.gql(CreateEvaluationSchemeDocument, { input: { name: '错误方案', subjectType: 'UNIT', periodKind: 'YEAR', rules: bad } }, admin);
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_RULES' });
    const fields = (r.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(['rules.indicators.1.children', 'rules.indicators', 'rules.deductions.0.indicator', 'rules.credits.0.kind']);
    // Each problem says why, so the console can put its own words under the input.
    const reasons = (r.errors![0].extensions!.fields as { reason?: string }[]).map((f) => f.reason);
    expect(reasons).toEqual(['RULES_CHILD_WEIGHTS_TOTAL', 'RULES_WEIGHTS_TOTAL', 'RULES_UNKNOWN_INDICATOR', 'RULES_CREDIT_PEOPLE_ONLY']);
    expect(errorCode(await t.gql(CreateEvaluationSchemeDocument, { input: { name: '越权', subjectType: 'UNIT', periodKind: 'YEAR', rules: testRules() } }, discipline))).toBe(
      'FORBIDDEN',
    );
  });

  it('scores deductions, indicator caps, credits, mitigation, repaired records and period boundaries as worked out by hand', async () => {
    const created = await t.gql(CreateEvaluationSchemeDocument, { input: { name: '测试单位方案', subjectType: 'UNIT', periodKind: 'YEAR', rules: testRules() } }, admin);
    expect(created.errors).toBeUndefined();
    const scheme = created.data!.createEvaluationScheme;
    expect(scheme).toMatchObject({ status: 'DRAFT', revision: 2 });
    const published = await t.gql(PublishEvaluationSchemeDocument, { id: scheme.id, version: scheme.version }, admin);
    expect(published.data!.publishEvaluationScheme.status).toBe('PUBLISHED');

    // X: A1 gets 5 + 3 + 3 + 2.5 (the self-corrected SERIOUS penalty, mitigated: 5 × 0.5) = 13.5, capped at 8: 5.5 back.
    await record('X', 'ADMIN_PENALTY', 'SERIOUS', '2024-03-01');
    await record('X', 'ADMIN_PENALTY', 'GENERAL', '2024-01-01'); // first day of the period counts
    await record('X', 'ADMIN_PENALTY', 'GENERAL', '2024-12-31'); // last day counts
    await record('X', 'ADMIN_PENALTY', 'GENERAL', '2023-12-31'); // the year before: not counted
    await record('X', 'ADMIN_PENALTY', 'GENERAL', '2025-01-01'); // the year after: not counted
    await record('X', 'ADMIN_PENALTY', 'SERIOUS', '2024-04-01', { selfCorrected: true }); // mitigated: 2.5
    await record('X', 'DISCIPLINARY_SANCTION', 'GENERAL', '2024-05-05'); // A2: 2
    await record('X', 'DISCIPLINARY_SANCTION', 'GENERAL', '2024-06-06', { selfCorrected: true }); // waived: 0
    const repaired = await record('X', 'DISCIPLINARY_SANCTION', 'GENERAL', '2024-07-07');
    await record('X', 'OTHER', 'GENERAL', '2024-02-02'); // no rule for it: 0
    // Credit repair (信用修复) has its own rules and waiting periods; here it is arranged directly.
    await t.em().getConnection().execute(`update dishonesty_record set repaired_at = now(), repair_reason = '整改到位' where id = ?`, [repaired.id]);
    // Three commitments kept in 2024 (1 each, at most 2), one waived, one due in 2025.
    await commitment('X', '2024-03-31', 'FULFILLED');
    await commitment('X', '2024-06-30', 'FULFILLED');
    await commitment('X', '2024-12-31', 'FULFILLED');
    await commitment('X', '2024-09-30', 'WAIVED');
    await commitment('X', '2025-01-31', 'FULFILLED');

    await record('Y', 'ACCOUNTABILITY', 'GENERAL', '2024-08-01'); // 90: exactly A
    await record('Z', 'ACCOUNTABILITY', 'GENERAL', '2024-08-01');
    await record('Z', 'ADMIN_PENALTY', 'SERIOUS', '2024-09-01', { selfCorrected: true }); // 90 − 2.5 = 87.5: B
    await record('W', 'ACCOUNTABILITY', 'GRAVE', '2024-10-01'); // 60: exactly C
    await record('V', 'ACCOUNTABILITY', 'GRAVE', '2024-10-01');
    await record('V', 'ADMIN_PENALTY', 'GENERAL', '2024-11-01'); // 57: D

    const run = await t.gql(EvaluateDocument, { subjectType: 'UNIT', period: YEAR }, discipline);
    expect(run.errors).toBeUndefined();
    firstRun = run.data!.evaluate;
    expect(firstRun).toMatchObject({ status: 'COMPUTED', period: YEAR, periodStart: '2024-01-01', periodEnd: '2024-12-31', scheme: { id: scheme.id } });

    const x = await resultOf('X');
    // 100 − 13.5 (A1) + 5.5 (cap) − 2 (A2) + 3 − 1 (credit cap) = 92
    expect(x).toMatchObject({ score: 92, deductions: -10, credits: 2, grade: 'A' });
    expect(sum(x.ledger)).toBe(92);
    const lines = x.ledger.map((l) => [l.kind, l.rule, l.indicator, l.points]);
    expect(lines).toEqual([
      ['BASE', 'BASE', null, 100],
      ['DEDUCTION', 'ADMIN_PENALTY/GENERAL', 'A1', -3],
      ['DEDUCTION', 'ADMIN_PENALTY/GENERAL', 'A1', -3],
      ['DEDUCTION', 'ADMIN_PENALTY/SERIOUS', 'A1', -5],
      ['DEDUCTION', 'ADMIN_PENALTY/SERIOUS', 'A1', -2.5],
      ['DEDUCTION_CAP', 'CAP', 'A1', 5.5],
      ['DEDUCTION', 'DISCIPLINARY_SANCTION/GENERAL', 'A2', -2],
      ['CREDIT', 'COMMITMENT_ON_TIME', null, 1],
      ['CREDIT', 'COMMITMENT_ON_TIME', null, 1],
      ['CREDIT', 'COMMITMENT_ON_TIME', null, 1],
      ['CREDIT_CAP', 'COMMITMENT_ON_TIME', null, -1],
    ]);
    // Every deduction names the record behind it, with the scheme version; the repaired one is absent.
    const deductions = x.ledger.filter((l) => l.kind === 'DEDUCTION');
    expect(deductions.every((l) => l.sourceType === 'DishonestyRecord' && l.sourceId && l.schemeRevision === 2)).toBe(true);
    expect(deductions.map((l) => l.sourceId)).not.toContain(repaired.id);
    expect(deductions.map((l) => l.sourceDate).sort()).toEqual(['2024-01-01', '2024-03-01', '2024-04-01', '2024-05-05', '2024-12-31']);
    expect(x.ledger.find((l) => l.kind === 'DEDUCTION_CAP')!.note).toContain('上限 8 分');

    expect(await resultOf('Y')).toMatchObject({ score: 90, grade: 'A' });
    expect(await resultOf('Z')).toMatchObject({ score: 87.5, grade: 'B' });
    expect(await resultOf('W')).toMatchObject({ score: 60, grade: 'C' });
    expect(await resultOf('V')).toMatchObject({ score: 57, grade: 'D' });
  });

  it('recomputes idempotently into a new run version and never changes a published run', async () => {
    const again = (await t.gql(EvaluateDocument, { subjectType: 'UNIT', period: YEAR }, discipline)).data!.evaluate;
    expect(again.revision).toBe(firstRun.revision + 1);
    const page = async (runId: string) =>
      (await t.gql(EvaluationResultsWithLedgerDocument, { subjectType: 'UNIT', runId, limit: 100 }, admin)).data!.evaluationResults.items.map(
        ({ id: _id, ...rest }) => rest,
      );
    const second = await page(again.id);
    expect(second.length).toBeGreaterThan(5);
    const third = (await t.gql(EvaluateDocument, { subjectType: 'UNIT', period: YEAR }, discipline)).data!.evaluate;
    expect(await page(third.id)).toEqual(second);

    const pub = await t.gql(PublishEvaluationRunDocument, { id: third.id, version: third.version }, admin);
    expect(pub.data!.publishEvaluationRun.status).toBe('PUBLISHED');
    firstRun = pub.data!.publishEvaluationRun;
    expect(errorCode(await t.gql(PublishEvaluationRunDocument, { id: third.id, version: firstRun.version }, discipline))).toBe('FORBIDDEN');
    const twice = await t.gql(PublishEvaluationRunDocument, { id: third.id, version: firstRun.version }, admin);
    expect(twice.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RUN_NOT_COMPUTED' });

    // A new record after publication: the published result stays; the next run has it.
    await record('Y', 'DISCIPLINARY_SANCTION', 'GENERAL', '2024-08-15');
    expect(await resultOf('Y', third.id)).toMatchObject({ score: 90, grade: 'A' });
    const fourth = (await t.gql(EvaluateDocument, { subjectType: 'UNIT', period: YEAR }, discipline)).data!.evaluate;
    expect(fourth.revision).toBe(third.revision + 1);
    expect(await resultOf('Y', fourth.id)).toMatchObject({ score: 88, grade: 'B' });
    expect(await resultOf('Y')).toMatchObject({ score: 90 }); // the period's published result

    const changes = (await t.gql(EvaluationChangesDocument, { fromRunId: third.id, toRunId: fourth.id }, leader)).data!.evaluationChanges;
    expect(changes).toMatchObject({ changed: 1, gradeChanged: 1 });
    expect(changes.items).toEqual([
      { subjectId: units.Y, subjectName: '评价测试单位Y', fromScore: 90, toScore: 88, delta: -2, fromGrade: 'A', toGrade: 'B' },
    ]);
  });

  it('rescores only the affected subject when a record changes, in the unpublished run only', async () => {
    const before = (await t.gql(EvaluationResultsDocument, { subjectType: 'UNIT', period: YEAR, limit: 100 }, admin)).data!.evaluationResults;
    expect(before.run!.status).toBe('PUBLISHED');
    const current = (await t.gql(EvaluationResultsWithLedgerDocument, { subjectType: 'UNIT', runId: undefined, period: undefined, limit: 1 }, admin));
    expect(errorCode(current)).toBe('BAD_USER_INPUT');
    const runs = await t.em().getConnection().execute(`select id from evaluation_run where status = 'COMPUTED' and subject_type = 'UNIT'`);
    const computedId = runs[0].id as string;
    const all = async () =>
      (await t.gql(EvaluationResultsWithLedgerDocument, { subjectType: 'UNIT', runId: computedId, limit: 100 }, admin)).data!.evaluationResults.items;
    const was = await all();
    await record('W', 'ADMIN_PENALTY', 'GENERAL', '2024-10-20');
    const now = await all();
    const changed = now.filter((r) => JSON.stringify(r) !== JSON.stringify(was.find((w) => w.subjectId === r.subjectId)));
    expect(changed.map((r) => [r.subjectId, r.score])).toEqual([[units.W, 57]]);
    expect(sum(changed[0].ledger)).toBe(57);
    // The published run did not move.
    expect(await resultOf('W', before.run!.id)).toMatchObject({ score: 60, grade: 'C' });
  });

  it('answers what-if: a draft scheme against the published result, per subject', async () => {
    const scheme = (await t.gql(CreateEvaluationSchemeDocument, { input: { name: '测试方案（征求意见稿）', subjectType: 'UNIT', periodKind: 'YEAR', rules: testRules() } }, admin))
      .data!.createEvaluationScheme;
    // Halve the points for a GENERAL accountability decision. Against the published run, which predates Y's and W's
    // latest records: Z 87.5 → 92.5 (B → A); W 60 → 57 (its new record, C → D); Y 90 → 100 − 5 − 2 = 93.
    const softer = testRules();
    softer.deductions[3] = { ...softer.deductions[3], points: 5 };
    const updated = (await t.gql(UpdateEvaluationSchemeDocument, { id: scheme.id, input: { rules: softer }, version: scheme.version }, admin)).data!.updateEvaluationScheme;
    expect(updated.rules.deductions[3].points).toBe(5);
    const whatIf = await t.gql(EvaluationWhatIfDocument, { schemeId: scheme.id, period: YEAR, limit: 100 }, discipline);
    expect(whatIf.errors).toBeUndefined();
    const items = whatIf.data!.evaluationWhatIf.items;
    const mine = items.filter((i) => Object.values(units).includes(i.subjectId) && i.fromScore !== i.toScore);
    expect(mine.map((i) => [i.subjectName, i.fromScore, i.toScore, i.delta, i.fromGrade, i.toGrade])).toEqual([
      ['评价测试单位Z', 87.5, 92.5, 5, 'B', 'A'],
      ['评价测试单位W', 60, 57, -3, 'C', 'D'],
      ['评价测试单位Y', 90, 93, 3, 'A', 'A'],
    ]);
    // Ranks within the kind of unit, published beside simulated, follow the scores: Y stays ahead of Z in both.
    const [z, , y] = mine;
    expect(y.fromRank).toBeLessThan(z.fromRank!);
    expect(y.toRank).toBeLessThan(z.toRank!);
    for (const a of items) {
      for (const b of items.filter((b) => b.unitKind === a.unitKind && b.toScore! > a.toScore!)) expect(b.toRank).toBeLessThan(a.toRank!);
    }
    // A subject listed with its score unchanged is there because its rank moved.
    for (const i of items.filter((i) => i.fromScore === i.toScore)) expect(i.toRank).not.toBe(i.fromRank);
    // Nothing of the simulation is left behind.
    const left = await t.em().getConnection().execute(`select count(*)::int as n from evaluation_run where status = 'SIMULATION'`);
    expect(left[0].n).toBe(0);
    expect(errorCode(await t.gql(EvaluationWhatIfDocument, { schemeId: scheme.id, period: YEAR }, leader))).toBe('FORBIDDEN');
    const quarter = await t.gql(EvaluationWhatIfDocument, { schemeId: scheme.id, period: '2024-Q1' }, discipline);
    expect(quarter.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERIOD_KIND_MISMATCH' });
  });

  it('ranks within a unit kind, counts grades, follows a trend and feeds award eligibility and the performance export', async () => {
    const ranked = (await t.gql(EvaluationResultsDocument, { subjectType: 'UNIT', period: YEAR, filter: { unitKind: 'AFFILIATED_UNIT' }, limit: 100 }, leader)).data!
      .evaluationResults;
    const scores = ranked.items.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(ranked.items[0].rank).toBe(1);
    const w = ranked.items.find((r) => r.subjectId === units.W)!;
    expect(w.rank).toBe(ranked.items.filter((r) => r.score > 60).length + 1);

    const dist = (await t.gql(EvaluationDistributionDocument, { subjectType: 'UNIT', period: YEAR }, leader)).data!.evaluationDistribution!;
    expect(dist.grades.map((g) => g.grade)).toEqual(['A', 'B', 'C', 'D']);
    expect(dist.grades.find((g) => g.grade === 'C')!).toMatchObject({ label: '警示' });
    expect(dist.grades.reduce((a, g) => a + g.count, 0)).toBe(ranked.total + (await countOtherKinds()));
    expect(dist.grades.find((g) => g.grade === 'D')!.count).toBeGreaterThanOrEqual(1);

    const trend = (await t.gql(EvaluationTrendDocument, { subjectType: 'UNIT', subjectId: units.W }, leader)).data!.evaluationTrend;
    expect(trend.map((p) => [p.period, p.score, p.grade])).toEqual([[YEAR, 60, 'C']]);

    const award = (await t.gql(AwardEligibilityDocument, { subjectType: 'UNIT', subjectId: units.W, year: 2024 }, leader)).data!.awardEligibility;
    expect(award.eligible).toBe(false);
    expect(award.reasons.find((r) => r.code === 'EVALUATION_GRADE')).toMatchObject({ blocking: true, message: expect.stringContaining('C（警示）') });
    const good = (await t.gql(AwardEligibilityDocument, { subjectType: 'UNIT', subjectId: units.Z, year: 2024 }, leader)).data!.awardEligibility;
    expect(good.reasons.map((r) => r.code)).not.toContain('EVALUATION_GRADE');

    const exported = (await t.gql(PerformanceAssessmentExportDocument, { period: YEAR }, leader)).data!.performanceAssessmentExport;
    expect(exported.rows.find((r) => r.unitId === units.V)).toMatchObject({ unitCode: 'EV-V', score: 57, grade: 'D', deductions: -43, credits: 0 });
    expect(exported.csv.split('\n')[0]).toBe('单位编码,单位名称,诚信得分,等级,同类排名,扣分,加分,参评人数,人员平均分,警示及失信人数');
    expect(exported.csv).toContain('EV-V,评价测试单位V,57,D,');
  });

  async function countOtherKinds() {
    const other = await t.em().getConnection().execute(
      `select count(*)::int as n from evaluation_result x join evaluation_run r on r.id = x.run_id
        where r.status = 'PUBLISHED' and r.period = ? and r.subject_type = 'UNIT' and x.unit_kind <> 'AFFILIATED_UNIT'`,
      [YEAR],
    );
    return other[0].n as number;
  }

  it('shows a unit reporter its own unit only, and resolves results for other subgraphs', async () => {
    const ownUnitId = (await t.gql(MeDocument, {}, reporter)).data!.me.unit!.id;
    const seen = (await t.gql(EvaluationResultsDocument, { subjectType: 'UNIT', period: '2025', limit: 100 }, reporter)).data!.evaluationResults;
    expect(seen.items.map((r) => r.unit.id)).toEqual([ownUnitId]);
    expect(errorCode(await t.gql(EvaluationResultDocument, { subjectType: 'UNIT', subjectId: units.X, period: YEAR }, reporter))).toBe('NOT_FOUND');
    const x = await resultOf('X');
    const entities = await t.gql(EvaluationResultEntitiesDocument, { representations: [{ __typename: 'EvaluationResult', id: x.id }] }, leader);
    expect(entities.data!._entities).toEqual([{ id: x.id, score: 92, grade: 'A' }]);
    const hidden = await t.gql(EvaluationResultEntitiesDocument, { representations: [{ __typename: 'EvaluationResult', id: x.id }] }, reporter);
    expect(hidden.data!._entities).toEqual([null]);
  });

  it('credits training hours above the yearly minimum to people', async () => {
    const person = (await t.gql(CreatePersonDocument, { input: { name: '评价测试人', staffNumber: 'EV-P1', unitId: units.X } }, admin)).data!.createPerson;
    const scheme = (
      await t.gql(
        CreateEvaluationSchemeDocument,
        {
          input: {
            name: '测试人员方案',
            subjectType: 'PERSON',
            periodKind: 'QUARTER',
            rules: testRules({ credits: [{ kind: 'TRAINING_HOURS', points: 0.25, cap: 2 }], maxCredits: 5 }),
          },
        },
        admin,
      )
    ).data!.createEvaluationScheme;
    await t.gql(PublishEvaluationSchemeDocument, { id: scheme.id, version: scheme.version }, admin);
    // Two sessions in 2024-Q2: 8 + 6 = 14 hours; the quarter's share of the 12-hour yearly minimum is 3: 11 × 0.25 = 2.75, capped at 2.
    setToday('2024-06-30');
    for (const [heldOn, hours] of [['2024-04-10', 8], ['2024-05-20', 6]] as const) {
      const s = (await t.gql(CreateTrainingSessionDocument, { input: { topic: '诚信专题', kind: 'LECTURE', heldOn, hours } }, admin)).data!.createTrainingSession;
      const a = await t.gql(RecordTrainingAttendanceDocument, { input: { sessionId: s.id, entries: [{ personId: person.id, status: 'ATTENDED' }] } }, admin);
      expect(a.errors).toBeUndefined();
    }
    setToday(undefined);
    const run = await t.gql(EvaluateDocument, { subjectType: 'PERSON', period: '2024-Q2' }, admin);
    expect(run.errors).toBeUndefined();
    const r = (await t.gql(EvaluationResultDocument, { subjectType: 'PERSON', subjectId: person.id, period: '2024-Q2' }, admin)).data!.evaluationResult!;
    expect(r).toMatchObject({ score: 102, credits: 2, grade: 'A' });
    expect(r.ledger.map((l) => [l.kind, l.rule, l.sourceType, l.points])).toEqual([
      ['BASE', 'BASE', null, 100],
      ['CREDIT', 'TRAINING_HOURS', 'TrainingHours', 2.75],
      ['CREDIT_CAP', 'TRAINING_HOURS', null, -0.75],
    ]);
    expect(r.ledger[1].note).toContain('14');
    const none = await t.gql(EvaluateDocument, { subjectType: 'UNIT', period: '2024-Q2' }, admin);
    expect(none.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_PUBLISHED_SCHEME' });
    expect(errorCode(await t.gql(EvaluateDocument, { subjectType: 'PERSON', period: '2024-13' }, admin))).toBe('BAD_USER_INPUT');
  });

  it('costs the same number of statements to evaluate more subjects, and to list results with their ledgers', async () => {
    const count = () => t.countQueries(() => t.gql(EvaluateDocument, { subjectType: 'UNIT', period: YEAR }, discipline));
    const before = await count();
    for (let i = 0; i < 10; i++) {
      await t.gql(CreateUnitDocument, { input: { code: `EV-N${i}`, name: `评价新增单位${i}`, kind: 'TOWNSHIP_OFFICE', parentId: bureauId } }, admin);
    }
    const after = await count();
    expect(after).toBe(before);
    const small = await t.countQueries(() => t.gql(EvaluationResultsWithLedgerDocument, { subjectType: 'UNIT', period: YEAR, limit: 2 }, admin));
    const large = await t.countQueries(() => t.gql(EvaluationResultsWithLedgerDocument, { subjectType: 'UNIT', period: YEAR, limit: 40 }, admin));
    expect(large).toBe(small);
  });
});
