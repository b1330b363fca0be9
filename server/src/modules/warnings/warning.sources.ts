import type { EntityManager } from '@mikro-orm/postgresql';
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
import type { DeadlineItem } from './deadline-item';
import { WarningKind } from './warning.types';

export type DeadlineSource = (em: EntityManager) => Promise<DeadlineItem[]>;

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

/** The sources the board reads; modules with deadlines add theirs here. */
export const deadlineSources: DeadlineSource[] = [
  commitments,
  rectifications,
  objections,
  complaints,
  procurementAcceptance,
  pppObligations,
  supervisionDeadlines,
];
