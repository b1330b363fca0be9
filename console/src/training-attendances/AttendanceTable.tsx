import EditNoteIcon from '@mui/icons-material/EditNote';
import {
  BooleanField,
  DataTable,
  NumberField,
  NumberInput,
  SelectInput,
  TextField,
  TextInput,
  required,
  useDataProvider,
  useRecordContext,
} from 'react-admin';
import { useActsForUnit } from '../common/acts-for';
import { attendanceStatusChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { WorkflowButton, text } from '../common/WorkflowButton';
import type { TrainingAttendanceRecord } from './training-attendances.source';

const field = (name: string) => `app.screens.fields.${name}`;
const col = (name: string) => `resources.training-attendances.fields.${name}`;

/** 更正: status, hours, exam score or note of one attendance record (a unit reporter: its own staff's). */
const CorrectButton = (_props: { label?: string }) => {
  const record = useRecordContext<TrainingAttendanceRecord>();
  const dataProvider = useDataProvider();
  const ownUnit = useActsForUnit(record?.unit.id);
  if (!record || !ownUnit) return null;
  return (
    <WorkflowButton
      action="correct_attendance"
      icon={<EditNoteIcon />}
      defaultValues={{ status: record.status, hours: record.hoursAttended, examScore: record.examScore, note: record.note ?? '' }}
      run={(v) =>
        dataProvider.update('training-attendances', {
          id: record.id,
          data: { status: v.status, hours: v.hours === null ? null : Number(v.hours), examScore: v.examScore, note: text(v.note) },
          previousData: record,
        })
      }
    >
      <SelectInput source="status" label={field('attendance')} choices={attendanceStatusChoices} validate={required()} />
      <NumberInput source="hours" label={field('hours')} step={0.5} />
      {record.session.examRequired ? <NumberInput source="examScore" label={field('exam_score')} /> : null}
      <TextInput source="note" label={field('note')} />
    </WorkflowButton>
  );
};

/** Attendance records as a table: of a session (its show page), or across sessions (the attendance list). */
export const AttendanceTable = ({ hide }: { hide?: 'session' }) => (
  <DataTable bulkActionButtons={false} rowClick={false}>
    {hide === 'session' ? null : (
      <DataTable.Col source="session.topic" label={col('sessionId')} disableSort>
        <TextField source="session.topic" />
      </DataTable.Col>
    )}
    {hide === 'session' ? null : (
      <DataTable.Col source="session.heldOn" label={col('heldOn')} disableSort>
        <LocaleDateField source="session.heldOn" />
      </DataTable.Col>
    )}
    <DataTable.Col source="person.name" label={col('personId')} disableSort>
      <TextField source="person.name" />
    </DataTable.Col>
    <DataTable.Col source="unit.name" label={col('unitId')} disableSort>
      <TextField source="unit.name" />
    </DataTable.Col>
    <DataTable.Col source="status" label={col('status')} disableSort>
      <StatusChipField source="status" enumName="AttendanceStatus" />
    </DataTable.Col>
    <DataTable.Col source="hoursCredited" label={col('hoursCredited')} disableSort>
      <NumberField source="hoursCredited" />
    </DataTable.Col>
    <DataTable.Col source="examScore" label={col('examScore')} disableSort>
      <NumberField source="examScore" emptyText="—" />
    </DataTable.Col>
    <DataTable.Col source="passed" label={col('passed')} disableSort>
      <BooleanField source="passed" emptyText="—" />
    </DataTable.Col>
    <DataTable.Col source="note" label={col('note')} disableSort>
      <TextField source="note" emptyText="—" />
    </DataTable.Col>
    <DataTable.Col label={col('actions')} disableSort>
      <CorrectButton />
    </DataTable.Col>
  </DataTable>
);
