import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type {
  CommitmentStatus,
  MeasureApplicationStatus,
  ObjectionStatus,
  RecordStatus,
  RectificationStatus,
  Severity,
} from '../generated/graphql';

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
  const translate = useTranslate();
  const value = record?.[source];
  if (typeof value !== 'string') return null;
  const color = (COLORS[enumName] as Record<string, ChipColor>)[value] ?? 'default';
  return (
    <Chip
      size="small"
      color={color}
      variant={color === 'default' ? 'outlined' : 'filled'}
      data-value={value}
      label={translate(`app.enums.${enumName}.${value}`, { _: value })}
    />
  );
};
