import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../app/clock';
import { JudicialSuggestion } from './judicial-suggestion.entity';
import { Judgment } from './judgment.entity';
import { JudgmentStatus, JudicialSuggestionStatus, ProposalKind, ProposalStatus } from './supervision.enums';
import { SupervisionProposal } from './supervision-proposal.entity';
import { AWAITING_REPLY } from './supervision-proposal.service';
import { SupervisionTask } from './supervision-task.entity';
import { TASK_OPEN } from './supervision-task.service';
import type { DeadlineItem } from '../warnings/deadline-item';


/** The `kind` values this module reports. */
export const SupervisionDeadlineKind = {
  /** A suggestion's or proposal's reply, from assignment (or re-handling) to the reply due date. */
  PROPOSAL_REPLY: 'PROPOSAL_REPLY',
  /** The lead unit's window for returning a misrouted item; listed only while it is open. */
  PROPOSAL_MISROUTE_WINDOW: 'PROPOSAL_MISROUTE_WINDOW',
  /** A judgment to fulfil by its fulfil-by date. */
  JUDGMENT_FULFILMENT: 'JUDGMENT_FULFILMENT',
  /** An overdue judgment's grace period after the warning; past it, a dishonesty record is drafted. */
  JUDGMENT_GRACE: 'JUDGMENT_GRACE',
  /** A judicial or procuratorate suggestion's written reply. */
  JUDICIAL_SUGGESTION_REPLY: 'JUDICIAL_SUGGESTION_REPLY',
  /** A supervision task the unit has not submitted (or must submit again). */
  SUPERVISION_TASK: 'SUPERVISION_TASK',
} as const;

const KIND_LABEL: Record<ProposalKind, string> = {
  [ProposalKind.NPC_SUGGESTION]: '人大代表建议',
  [ProposalKind.CPPCC_PROPOSAL]: '政协委员提案',
};

/**
 * Every open supervision item with a time limit, across all units, ordered by
 * due date. Submitted tasks wait on the issuer, and returned or unassigned
 * proposals on 办公室, so they carry no unit deadline and are left out.
 */
export async function supervisionDeadlines(em: EntityManager): Promise<DeadlineItem[]> {
  const day = today();
  const items: DeadlineItem[] = [];

  const proposals = await em.find(SupervisionProposal, { status: { $in: AWAITING_REPLY }, leadUnit: { $ne: null } });
  for (const p of proposals) {
    const title = `${KIND_LABEL[p.kind]}${p.number}：${p.title}`;
    if (p.replyDueOn) {
      items.push({
        kind: SupervisionDeadlineKind.PROPOSAL_REPLY,
        entityType: 'SupervisionProposal',
        entityId: p.id,
        title,
        startedOn: p.rehandledOn ?? p.assignedOn!,
        dueOn: p.replyDueOn,
        responsibleUnitId: p.leadUnit!.id,
      });
    }
    if (p.status === ProposalStatus.ASSIGNED && p.misrouteReturnDueOn && p.misrouteReturnDueOn >= day) {
      items.push({
        kind: SupervisionDeadlineKind.PROPOSAL_MISROUTE_WINDOW,
        entityType: 'SupervisionProposal',
        entityId: p.id,
        title,
        startedOn: p.assignedOn!,
        dueOn: p.misrouteReturnDueOn,
        responsibleUnitId: p.leadUnit!.id,
      });
    }
  }

  const judgments = await em.find(
    Judgment,
    { status: { $in: [JudgmentStatus.PENDING, JudgmentStatus.OVERDUE] } },
    { populate: ['lawsuit'] },
  );
  for (const j of judgments) {
    const title = `${j.lawsuit.getEntity().caseNumber} 履行：${j.obligation}`;
    const overdue = j.status === JudgmentStatus.OVERDUE && j.warnedOn && j.graceEndsOn;
    items.push({
      kind: overdue ? SupervisionDeadlineKind.JUDGMENT_GRACE : SupervisionDeadlineKind.JUDGMENT_FULFILMENT,
      entityType: 'Judgment',
      entityId: j.id,
      title,
      startedOn: overdue ? j.warnedOn! : j.effectiveOn,
      dueOn: overdue ? j.graceEndsOn! : j.fulfilBy,
      responsibleUnitId: j.unit.id,
    });
  }

  const suggestions = await em.find(JudicialSuggestion, { status: JudicialSuggestionStatus.PENDING });
  for (const s of suggestions) {
    items.push({
      kind: SupervisionDeadlineKind.JUDICIAL_SUGGESTION_REPLY,
      entityType: 'JudicialSuggestion',
      entityId: s.id,
      title: `${s.issuingOrgan}${s.documentNumber ?? ''}`,
      startedOn: s.receivedOn,
      dueOn: s.replyDueOn,
      responsibleUnitId: s.unit.id,
    });
  }

  const tasks = await em.find(SupervisionTask, { status: { $in: TASK_OPEN } });
  for (const t of tasks) {
    items.push({
      kind: SupervisionDeadlineKind.SUPERVISION_TASK,
      entityType: 'SupervisionTask',
      entityId: t.id,
      title: t.title,
      startedOn: t.assignedOn,
      dueOn: t.dueOn,
      responsibleUnitId: t.assignedUnit.id,
      ...(t.responsiblePerson ? { responsiblePersonId: t.responsiblePerson.id } : {}),
    });
  }

  return items.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.entityId.localeCompare(b.entityId));
}
