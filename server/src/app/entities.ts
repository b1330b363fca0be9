import { BaseEntity } from './base.entity';
import { AuditCheckpoint } from '../modules/audit/audit-checkpoint.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { Session } from '../modules/auth/session.entity';
import { User } from '../modules/auth/user.entity';
import { LeadingGroup, LeadingGroupMember } from '../modules/organisation/leading-group.entity';
import { Person } from '../modules/organisation/person.entity';
import { Unit } from '../modules/organisation/unit.entity';
import { CalendarDay } from '../modules/calendar/calendar-day.entity';
import { Commitment } from '../modules/credit/commitment.entity';
import { CreditPolicy } from '../modules/credit/credit-policy.entity';
import { DisclosureVersion } from '../modules/disclosure/disclosure-version.entity';
import { DishonestyRecord } from '../modules/credit/dishonesty-record.entity';
import { Measure, MeasureApplication } from '../modules/credit/measure.entity';
import { Objection } from '../modules/credit/objection.entity';
import { Rectification } from '../modules/credit/rectification.entity';
import { SubjectEntity } from '../modules/credit/subject.entity';
import { Complaint, ReplyTemplate } from '../modules/complaints/complaint.entity';
import { Notification } from '../modules/warnings/notification.entity';
import { CreditCheck } from '../modules/enterprise/credit-check.entity';
import { DishonestyListing, Enterprise, ThirdPartyCreditReport } from '../modules/enterprise/enterprise.entity';
import { PppObligation, PppProject, PppStage } from '../modules/ppp/ppp.entity';
import { ProcurementBid, ProcurementProject } from '../modules/procurement/procurement.entity';
import { JudicialSuggestion } from '../modules/supervision/judicial-suggestion.entity';
import { Judgment } from '../modules/supervision/judgment.entity';
import { CourtAppearance, Lawsuit } from '../modules/supervision/lawsuit.entity';
import { SupervisionPolicy } from '../modules/supervision/supervision-policy.entity';
import { ProposalCommitment, ProposalCoUnit, SupervisionProposal } from '../modules/supervision/supervision-proposal.entity';
import { SupervisionTask } from '../modules/supervision/supervision-task.entity';
import { Policy, PolicyEvaluation, PolicyTask, PolicyTaskProgress } from '../modules/policy/policy.entity';
import { Campaign, CampaignFinding } from '../modules/campaigns/campaign.entity';
import { TrainingAttendance, TrainingPolicy, TrainingSession } from '../modules/training/training.entity';
import { EvaluationScheme } from '../modules/evaluation/evaluation-scheme.entity';
import { EvaluationLedgerEntry, EvaluationResult, EvaluationRun } from '../modules/evaluation/evaluation-run.entity';
import { SavedQuery } from '../modules/explorer/saved-query.entity';
import { SchedulerLease } from '../jobs/scheduler-lease.entity';
import { ImportJob } from '../modules/exchange/import-job.entity';

import { CreditReport } from '../modules/reports/credit-report.entity';
/** Every entity, listed explicitly so the build, tsx and vitest discover the same set. */
export const entities = [
  BaseEntity,
  SubjectEntity,
  Unit,
  Person,
  LeadingGroup,
  LeadingGroupMember,
  User,
  Session,
  AuditEvent,
  AuditCheckpoint,
  CalendarDay,
  Commitment,
  DishonestyRecord,
  Objection,
  Rectification,
  Measure,
  MeasureApplication,
  CreditPolicy,
  DisclosureVersion,
  Complaint,
  ReplyTemplate,
  Notification,
  Enterprise,
  DishonestyListing,
  ThirdPartyCreditReport,
  CreditCheck,
  ProcurementProject,
  ProcurementBid,
  PppProject,
  PppStage,
  PppObligation,
  SupervisionProposal,
  ProposalCoUnit,
  ProposalCommitment,
  Lawsuit,
  CourtAppearance,
  Judgment,
  JudicialSuggestion,
  SupervisionTask,
  SupervisionPolicy,
  Policy,
  PolicyTask,
  PolicyTaskProgress,
  PolicyEvaluation,
  Campaign,
  CampaignFinding,
  TrainingSession,
  TrainingAttendance,
  TrainingPolicy,
  EvaluationScheme,
  EvaluationRun,
  EvaluationResult,
  EvaluationLedgerEntry,
  SchedulerLease,
  ImportJob,
  SavedQuery,
  CreditReport,
];
