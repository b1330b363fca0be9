import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AcceptanceResult, BidStatus, CheckDecision, CommitmentStatus, ComplaintConclusion, ComplaintStatus, EnterpriseStatus, MeasureApplicationStatus, ObjectionStatus, ObligationStatus, ProcurementStatus, RecordStatus, RectificationStatus, Satisfaction, Severity, AttendanceStatus, CampaignStatus, EvaluationRating, FindingStatus, JudgmentStatus, JudicialSuggestionStatus, LawsuitStatus, PolicyStatus, PolicyTaskStatus, ProposalStatus, SupervisionTaskStatus, AppearanceOutcome, SchemeStatus } from '../generated/graphql';
import type { WarningLevel } from '../generated/first-page';

type ChipColor = 'default' | 'primary' | 'secondary' | 'error' | 'info' | 'success' | 'warning';

// One colour per member, so a member added to the schema fails type-checking until it has one.
const COLORS = {
  CommitmentStatus: { PENDING: 'info', FULFILLED: 'success', BROKEN: 'error', WAIVED: 'default' } satisfies Record<
    CommitmentStatus,
    ChipColor
  >,
  RecordStatus: {
    DRAFT: 'default',
    SUBMITTED: 'info',
    RETURNED: 'warning',
    CONFIRMED: 'error',
    REVOKED: 'default',
  } satisfies Record<RecordStatus, ChipColor>,
  Severity: { GENERAL: 'default', SERIOUS: 'warning', GRAVE: 'error' } satisfies Record<Severity, ChipColor>,
  ObjectionStatus: { PENDING: 'warning', UPHELD: 'default', CORRECTED: 'info', REVOKED: 'success' } satisfies Record<
    ObjectionStatus,
    ChipColor
  >,
  RectificationStatus: { OPEN: 'info', COMPLETED: 'warning', VERIFIED: 'success', OVERDUE: 'error' } satisfies Record<
    RectificationStatus,
    ChipColor
  >,
  MeasureApplicationStatus: {
    TRIGGERED: 'warning',
    EXECUTED: 'info',
    FEEDBACK_RECORDED: 'success',
    CANCELLED: 'default',
  } satisfies Record<MeasureApplicationStatus, ChipColor>,
  ComplaintStatus: {
    RECEIVED: 'warning',
    NOT_ACCEPTED: 'default',
    ACCEPTED: 'info',
    ASSIGNED: 'info',
    INVESTIGATING: 'primary',
    CONCLUDED: 'secondary',
    REPLIED: 'secondary',
    CLOSED: 'success',
  } satisfies Record<ComplaintStatus, ChipColor>,
  ComplaintConclusion: { SUBSTANTIATED: 'error', PARTLY_SUBSTANTIATED: 'warning', UNSUBSTANTIATED: 'success' } satisfies Record<
    ComplaintConclusion,
    ChipColor
  >,
  Satisfaction: { SATISFIED: 'success', BASICALLY_SATISFIED: 'info', DISSATISFIED: 'error' } satisfies Record<Satisfaction, ChipColor>,
  WarningLevel: { RED: 'error', YELLOW: 'warning' } satisfies Record<WarningLevel, ChipColor>,
  EnterpriseStatus: { ACTIVE: 'success', SUSPENDED: 'error', DEREGISTERED: 'default' } satisfies Record<EnterpriseStatus, ChipColor>,
  CheckDecision: { PASS: 'success', WARN: 'warning', REFUSE: 'error' } satisfies Record<CheckDecision, ChipColor>,
  ProcurementStatus: {
    PLANNED: 'default',
    BIDDING: 'info',
    AWARDED: 'primary',
    ACCEPTED: 'success',
    CANCELLED: 'default',
  } satisfies Record<ProcurementStatus, ChipColor>,
  BidStatus: { REGISTERED: 'info', WON: 'success', LOST: 'default' } satisfies Record<BidStatus, ChipColor>,
  AcceptanceResult: { PASSED: 'success', PARTLY_PASSED: 'warning', FAILED: 'error' } satisfies Record<AcceptanceResult, ChipColor>,
  ObligationStatus: { PENDING: 'info', FULFILLED: 'success', DEFAULTED: 'error' } satisfies Record<ObligationStatus, ChipColor>,
  SupervisionTaskStatus: {
    ASSIGNED: 'info',
    IN_PROGRESS: 'primary',
    SUBMITTED: 'secondary',
    RETURNED: 'warning',
    ACCEPTED: 'success',
  } satisfies Record<SupervisionTaskStatus, ChipColor>,
  ProposalStatus: {
    RECEIVED: 'warning',
    ASSIGNED: 'info',
    RETURNED_MISROUTED: 'warning',
    REPLY_DRAFTED: 'primary',
    REPLY_APPROVED: 'secondary',
    REPLIED: 'secondary',
    EVALUATED: 'info',
    CLOSED: 'success',
  } satisfies Record<ProposalStatus, ChipColor>,
  LawsuitStatus: { OPEN: 'info', DECIDED: 'warning', CLOSED: 'success' } satisfies Record<LawsuitStatus, ChipColor>,
  AppearanceOutcome: { HEAD_APPEARED: 'success', DELEGATED: 'warning', ABSENT: 'error' } satisfies Record<AppearanceOutcome, ChipColor>,
  JudgmentStatus: { PENDING: 'info', OVERDUE: 'error', FULFILLED: 'success' } satisfies Record<JudgmentStatus, ChipColor>,
  JudicialSuggestionStatus: { PENDING: 'warning', REPLIED: 'success' } satisfies Record<JudicialSuggestionStatus, ChipColor>,
  PolicyStatus: { DRAFT: 'default', IN_FORCE: 'success', SUPERSEDED: 'info', EXPIRED: 'default' } satisfies Record<PolicyStatus, ChipColor>,
  PolicyTaskStatus: { OPEN: 'info', IN_PROGRESS: 'primary', OVERDUE: 'error', DONE: 'success' } satisfies Record<PolicyTaskStatus, ChipColor>,
  EvaluationRating: { EXCELLENT: 'success', GOOD: 'info', FAIR: 'warning', POOR: 'error' } satisfies Record<EvaluationRating, ChipColor>,
  CampaignStatus: { PLANNED: 'default', ACTIVE: 'primary', CLOSED: 'success' } satisfies Record<CampaignStatus, ChipColor>,
  FindingStatus: { OPEN: 'info', OVERDUE: 'error', RECTIFIED: 'warning', VERIFIED: 'success' } satisfies Record<FindingStatus, ChipColor>,
  AttendanceStatus: { ATTENDED: 'success', EXCUSED: 'default', ABSENT: 'error' } satisfies Record<AttendanceStatus, ChipColor>,
  SchemeStatus: { DRAFT: 'info', PUBLISHED: 'success', RETIRED: 'default' } satisfies Record<SchemeStatus, ChipColor>,
};

export type ColouredEnum = keyof typeof COLORS;

interface StatusChipFieldProps {
  source: string;
  enumName: ColouredEnum;
  /** Read by react-admin's DataTable and show layouts for the column header. */
  label?: string;
}

/** A status (or severity) as a translated chip in the colour of what it means. */
export const StatusChipField = ({ source, enumName }: StatusChipFieldProps) => {
  const record = useRecordContext();
  const value = record?.[source];
  if (typeof value !== 'string') return null;
  return <StatusChip enumName={enumName} value={value} />;
};

/** The chip of StatusChipField for a value held outside a record (custom pages). */
export const StatusChip = ({ enumName, value, size = 'small' }: { enumName: ColouredEnum; value: string; size?: 'small' | 'medium' }) => {
  const translate = useTranslate();
  const color = (COLORS[enumName] as Record<string, ChipColor>)[value] ?? 'default';
  return (
    <Chip
      size={size}
      color={color}
      variant={color === 'default' ? 'outlined' : 'filled'}
      data-value={value}
      label={translate(`app.enums.${enumName}.${value}`, { _: value })}
    />
  );
};
