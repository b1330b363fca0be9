import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignFinding } from '../campaigns/campaign.entity';
import { FindingStatus } from '../campaigns/campaign.enums';
import { Complaint } from '../complaints/complaint.entity';
import { ComplaintStatus } from '../complaints/complaint.enums';
import { Commitment } from '../credit/commitment.entity';
import { CommitmentStatus, ObjectionStatus, RectificationStatus } from '../credit/credit.enums';
import { Objection } from '../credit/objection.entity';
import { Rectification } from '../credit/rectification.entity';
import { PlanArea } from '../organisation/organisation.enums';
import { Unit } from '../organisation/unit.entity';
import { ObligationStatus, PppObligation } from '../ppp/ppp.entity';
import { ProcurementProject, ProcurementStatus } from '../procurement/procurement.entity';
import { supervisionDeadlines } from '../supervision/supervision.deadlines';
import { PolicyTask } from '../policy/policy.entity';
import { PolicyStatus, PolicyTaskStatus } from '../policy/policy.enums';
import { trainingService } from '../training/training.service';
import type { DeadlineItem } from './deadline-item';
import { WarningKind } from './warning.types';

/** The open items of one kind; `day` is the day the board is computed for. */
export type DeadlineSource = (em: EntityManager, day: string) => Promise<DeadlineItem[]>;

const dateOf = (d: Date) => d.toISOString().slice(0, 10);

/** The section the plan makes responsible for an area (责任股室), for bureau-side deadlines. */
async function sectionFor(em: EntityManager, area: PlanArea): Promise<string | undefined> {
  const unit = await em.findOne(Unit, { responsibleAreas: { $contains: [area] } }, { orderBy: { sortOrder: 'ASC' } });
  return unit?.id;
}

const commitments: DeadlineSource = async (em) =>
  (await em.find(Commitment, { status: CommitmentStatus.PENDING })).map((c) => ({
    kind: WarningKind.COMMITMENT,
    entityType: 'Commitment',
    entityId: c.id,
    title: `承诺：${c.subjectName}·${c.content.slice(0, 40)}`,
    startedOn: c.madeOn,
    dueOn: c.dueOn,
    responsibleUnitId: c.scopeUnit.id,
    responsiblePersonId: c.subjectPerson?.id,
  }));

const rectifications: DeadlineSource = async (em) =>
  (await em.find(Rectification, { status: RectificationStatus.OPEN })).map((r) => ({
    kind: WarningKind.RECTIFICATION,
    entityType: 'Rectification',
    entityId: r.id,
    title: `整改：${r.requiredActions.slice(0, 40)}`,
    startedOn: dateOf(r.createdAt),
    dueOn: r.deadline,
    responsibleUnitId: r.responsibleUnit.id,
    responsiblePersonId: r.responsiblePerson?.id,
  }));

const objections: DeadlineSource = async (em) => {
  const pending = await em.find(Objection, { status: ObjectionStatus.PENDING }, { populate: ['record'] });
  if (!pending.length) return [];
  const section = (await sectionFor(em, PlanArea.DISHONESTY_RECORDS)) ?? pending[0].record.getEntity().scopeUnit.id;
  return pending.map((o) => ({
    kind: WarningKind.OBJECTION_DECISION,
    entityType: 'Objection',
    entityId: o.id,
    title: `异议处理：${o.record.getEntity().subjectName}`,
    startedOn: o.filedOn,
    dueOn: o.decisionDueOn,
    responsibleUnitId: section,
  }));
};

const complaints: DeadlineSource = async (em) => {
  const open = await em.find(Complaint, {
    status: { $in: [ComplaintStatus.RECEIVED, ComplaintStatus.ASSIGNED, ComplaintStatus.INVESTIGATING] },
  });
  if (!open.length) return [];
  const section = await sectionFor(em, PlanArea.SOCIAL_SUPERVISION);
  const items: DeadlineItem[] = [];
  for (const c of open) {
    if (c.status === ComplaintStatus.RECEIVED) {
      const unit = section ?? c.concernedUnit?.id;
      if (unit) {
        items.push({
          kind: WarningKind.COMPLAINT_ACCEPTANCE,
          entityType: 'Complaint',
          entityId: c.id,
          title: `投诉举报受理：${c.caseNumber} ${c.title}`,
          startedOn: c.receivedOn,
          dueOn: c.acceptanceDueOn,
          responsibleUnitId: unit,
        });
      }
    } else if (c.leadUnit && c.assignedOn && c.handlingDueOn) {
      items.push({
        kind: WarningKind.COMPLAINT_HANDLING,
        entityType: 'Complaint',
        entityId: c.id,
        title: `投诉举报办理：${c.caseNumber} ${c.title}`,
        startedOn: c.assignedOn,
        dueOn: c.handlingDueOn,
        responsibleUnitId: c.leadUnit.id,
      });
    }
  }
  return items;
};

const procurementAcceptance: DeadlineSource = async (em) =>
  (await em.find(ProcurementProject, { status: ProcurementStatus.AWARDED, acceptanceDueOn: { $ne: null } })).map((p) => ({
    kind: WarningKind.PROCUREMENT_ACCEPTANCE,
    entityType: 'ProcurementProject',
    entityId: p.id,
    title: `履约验收：${p.code} ${p.name}`,
    startedOn: p.contractSignedOn ?? p.acceptanceDueOn!,
    dueOn: p.acceptanceDueOn!,
    responsibleUnitId: p.purchaser.id,
  }));

// Performance monitoring of the government side (履约监测预警, K3).
const pppObligations: DeadlineSource = async (em) =>
  (await em.find(PppObligation, { status: ObligationStatus.PENDING }, { populate: ['project'] })).map((o) => ({
    kind: WarningKind.PPP_OBLIGATION,
    entityType: 'PppObligation',
    entityId: o.id,
    title: `政府方履约：${o.project.getEntity().code} ${o.description}`,
    startedOn: o.startedOn,
    dueOn: o.dueOn,
    responsibleUnitId: o.project.getEntity().implementingUnit.id,
  }));

// Unfinished tasks of policies in force (or expired with work left), including overdue ones: they stay red until done.
const policyTasks: DeadlineSource = async (em) =>
  (
    await em.find(
      PolicyTask,
      {
        status: { $in: [PolicyTaskStatus.OPEN, PolicyTaskStatus.IN_PROGRESS, PolicyTaskStatus.OVERDUE] },
        policy: { status: { $in: [PolicyStatus.IN_FORCE, PolicyStatus.EXPIRED] } },
      },
      { populate: ['policy'] },
    )
  ).map((t) => ({
    kind: WarningKind.POLICY_TASK,
    entityType: 'PolicyTask',
    entityId: t.id,
    title: `政策落实：${t.policy.getEntity().title.slice(0, 30)}·${t.measure.slice(0, 30)}`,
    startedOn: t.assignedOn,
    dueOn: t.deadline,
    responsibleUnitId: t.leadUnit.id,
    responsiblePersonId: t.responsiblePerson?.id,
  }));

// Findings not yet rectified; once reported rectified they wait on verification, not on the unit.
const campaignFindings: DeadlineSource = async (em) =>
  (
    await em.find(CampaignFinding, { status: { $in: [FindingStatus.OPEN, FindingStatus.OVERDUE] } }, { populate: ['campaign'] })
  ).map((f) => ({
    kind: WarningKind.CAMPAIGN_FINDING,
    entityType: 'CampaignFinding',
    entityId: f.id,
    title: `专项治理整改：${f.campaign.getEntity().title.slice(0, 30)}·${f.problem.slice(0, 30)}`,
    startedOn: f.foundOn,
    dueOn: f.deadline,
    responsibleUnitId: f.responsibleUnit.id,
    responsiblePersonId: f.responsiblePerson?.id,
  }));

// The yearly minimum of integrity-education hours falls due on 31 December: one
// item per unit with staff behind, yellow from the last fifth of the year.
const trainingHours: DeadlineSource = async (em, day) => {
  const year = Number(day.slice(0, 4));
  return (await trainingService.remindersFor(em, year)).map((r) => ({
    kind: WarningKind.TRAINING_HOURS,
    entityType: 'TrainingHours',
    entityId: `${r.unit.id}:${year}`,
    title: `诚信教育学时：${r.unit.name} ${r.people.length}人未达${r.minimumHours}学时（${year}年度）`,
    startedOn: `${year}-01-01`,
    dueOn: `${year}-12-31`,
    responsibleUnitId: r.unit.id,
  }));
};

/** The sources the board reads; modules with deadlines add theirs here. */
export const deadlineSources: DeadlineSource[] = [
  commitments,
  rectifications,
  objections,
  complaints,
  procurementAcceptance,
  pppObligations,
  supervisionDeadlines,
  policyTasks,
  campaignFindings,
  trainingHours,
];
