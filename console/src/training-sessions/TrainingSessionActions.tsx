import HowToRegIcon from '@mui/icons-material/HowToReg';
import {
  ArrayInput,
  AutocompleteInput,
  EditButton,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  TopToolbar,
  required,
  useRecordContext,
} from 'react-admin';
import { CanRun } from '../common/CanRun';
import { attendanceStatusChoices } from '../common/enums';
import { WorkflowButton, text } from '../common/WorkflowButton';
import { useTrainingAttendanceRecordMutation, type AttendanceStatus } from '../generated/graphql';
import type { TrainingSessionRecord } from './training-sessions.source';

const field = (name: string) => `app.screens.fields.${name}`;

interface EntryValues {
  personId?: string;
  status?: AttendanceStatus;
  hours?: number | null;
  examScore?: number | null;
  note?: string | null;
}

/** 登记出勤: one line per person (a unit reporter: its own staff; the server says so otherwise). */
export const TrainingSessionActions = () => {
  const record = useRecordContext<TrainingSessionRecord>();
  const [recordAttendance] = useTrainingAttendanceRecordMutation();
  if (!record) return <TopToolbar />;
  return (
    <TopToolbar>
      <CanRun resource="training-sessions" command="recordAttendance">
        <WorkflowButton
          action="record_attendance"
          icon={<HowToRegIcon />}
          maxWidth="md"
          defaultValues={{ entries: [{ personId: null, status: 'ATTENDED', hours: null, examScore: null, note: '' }] }}
          run={(v) =>
            recordAttendance({
              variables: {
                input: {
                  sessionId: record.id,
                  entries: ((v.entries as EntryValues[] | undefined) ?? []).map((e) => ({
                    personId: String(e.personId ?? ''),
                    status: e.status ?? 'ATTENDED',
                    hours: e.hours ?? undefined,
                    examScore: e.examScore ?? undefined,
                    note: text(e.note) || undefined,
                  })),
                },
              },
            })
          }
        >
          <ArrayInput source="entries" label={field('entries')}>
            <SimpleFormIterator inline disableReordering>
              <ReferenceInput source="personId" reference="people">
                <AutocompleteInput label={field('person')} validate={required()} sx={{ minWidth: 240 }} />
              </ReferenceInput>
              <SelectInput source="status" label={field('attendance')} choices={attendanceStatusChoices} validate={required()} />
              <NumberInput source="hours" label={field('hours')} step={0.5} sx={{ width: 120 }} />
              {record.examRequired ? <NumberInput source="examScore" label={field('exam_score')} sx={{ width: 120 }} /> : null}
              <TextInput source="note" label={field('note')} />
            </SimpleFormIterator>
          </ArrayInput>
        </WorkflowButton>
      </CanRun>
      <EditButton />
    </TopToolbar>
  );
};
