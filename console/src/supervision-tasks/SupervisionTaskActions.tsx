import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import KeyboardReturnIcon from '@mui/icons-material/KeyboardReturn';
import SendIcon from '@mui/icons-material/Send';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import { EditButton, NumberInput, TextArrayInput, TextInput, TopToolbar, maxValue, minValue, required, useRecordContext } from 'react-admin';
import { useActsForUnit } from '../common/acts-for';
import { CanRun } from '../common/CanRun';
import { statusIn } from '../common/DeadlineField';
import { WorkflowButton, text } from '../common/WorkflowButton';
import {
  useSupervisionTaskAcceptMutation,
  useSupervisionTaskProgressMutation,
  useSupervisionTaskReturnMutation,
  useSupervisionTaskSubmitMutation,
} from '../generated/graphql';
import type { SupervisionTaskRecord } from './supervision-tasks.source';

const field = (name: string) => `app.screens.fields.${name}`;

/** The unit's clock runs until it submits its result (again, after a return). */
export const taskClockRuns = statusIn('ASSIGNED', 'IN_PROGRESS', 'RETURNED');

/**
 * 督办任务: issued to a unit → the unit reports progress and submits its result →
 * the issuer accepts it with a score (0–100, for the performance assessment) or
 * returns it. A unit reporter takes its own unit's steps only.
 */
export const SupervisionTaskActions = () => {
  const record = useRecordContext<SupervisionTaskRecord>();
  const [progress] = useSupervisionTaskProgressMutation();
  const [submit] = useSupervisionTaskSubmitMutation();
  const [accept] = useSupervisionTaskAcceptMutation();
  const [sendBack] = useSupervisionTaskReturnMutation();
  const ownUnit = useActsForUnit(record?.assignedUnitId);
  if (!record) return <TopToolbar />;
  const target = { id: record.id, version: record.version };
  const open = taskClockRuns(record);
  return (
    <TopToolbar>
      {open && ownUnit ? (
        <>
          <CanRun resource="supervision-tasks" command="progress">
            <WorkflowButton
              action="task_progress"
              icon={<TrendingUpIcon />}
              defaultValues={{ progress: record.progress ?? '' }}
              run={(v) => progress({ variables: { ...target, progress: text(v.progress) } })}
            >
              <TextInput source="progress" label={field('progress')} validate={required()} multiline minRows={3} />
            </WorkflowButton>
          </CanRun>
          <CanRun resource="supervision-tasks" command="submit">
            <WorkflowButton
              action="task_submit"
              icon={<SendIcon />}
              defaultValues={{ result: record.result ?? '', evidence: record.evidence }}
              run={(v) =>
                submit({ variables: { ...target, input: { result: text(v.result), evidence: (v.evidence as string[] | undefined) ?? [] } } })
              }
            >
              <TextInput source="result" label={field('result')} validate={required()} multiline minRows={3} />
              <TextArrayInput source="evidence" label={field('evidence')} helperText={field('evidence_help')} />
            </WorkflowButton>
          </CanRun>
        </>
      ) : null}
      {record.status === 'SUBMITTED' ? (
        <>
          <CanRun resource="supervision-tasks" command="accept">
            <WorkflowButton
              action="task_accept"
              icon={<AssignmentTurnedInIcon />}
              defaultValues={{ score: null, note: '' }}
              run={(v) => accept({ variables: { ...target, input: { score: Number(v.score), note: text(v.note) || undefined } } })}
            >
              <NumberInput source="score" label={field('score')} validate={[required(), minValue(0), maxValue(100)]} />
              <TextInput source="note" label={field('review_note')} multiline minRows={2} />
            </WorkflowButton>
          </CanRun>
          <CanRun resource="supervision-tasks" command="return">
            <WorkflowButton
              action="task_return"
              icon={<KeyboardReturnIcon />}
              defaultValues={{ reason: '' }}
              run={(v) => sendBack({ variables: { ...target, reason: text(v.reason) } })}
            >
              <TextInput source="reason" label={field('return_reason')} validate={required()} multiline minRows={2} />
            </WorkflowButton>
          </CanRun>
        </>
      ) : null}
      {record.status !== 'ACCEPTED' ? <EditButton /> : null}
    </TopToolbar>
  );
};
