import CancelIcon from '@mui/icons-material/Cancel';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { Stack } from '@mui/material';
import { TextInput, required, useRecordContext } from 'react-admin';
import { CanRun } from '../common/CanRun';
import { WorkflowButton, text } from '../common/WorkflowButton';
import {
  useMeasureApplicationCancelMutation,
  useMeasureApplicationExecuteMutation,
  useMeasureApplicationFeedbackMutation,
  type MeasureApplicationRecordFragment,
} from '../generated/graphql';

const field = (name: string) => `app.workflow.fields.${name}`;

/** 执行 and 取消 while triggered; 反馈 and 取消 once executed. */
export const MeasureApplicationButtons = (_props: { label?: string }) => {
  const app = useRecordContext<MeasureApplicationRecordFragment>();
  const [execute] = useMeasureApplicationExecuteMutation();
  const [feedback] = useMeasureApplicationFeedbackMutation();
  const [cancel] = useMeasureApplicationCancelMutation();
  if (!app) return null;
  const target = { id: app.id, version: app.version };
  const triggered = app.status === 'TRIGGERED';
  const executed = app.status === 'EXECUTED';
  if (!triggered && !executed) return null;
  return (
    <Stack direction="row" onClick={(e) => e.stopPropagation()}>
      {triggered ? (
        <CanRun resource="measure-applications" command="execute">
          <WorkflowButton
            action="execute"
            icon={<DoneAllIcon />}
            defaultValues={{ note: '' }}
            run={(v) => execute({ variables: { ...target, note: text(v.note) || undefined } })}
          >
            <TextInput source="note" label={field('execution_note')} multiline minRows={2} />
          </WorkflowButton>
        </CanRun>
      ) : (
        <CanRun resource="measure-applications" command="feedback">
          <WorkflowButton
            action="feedback"
            icon={<RateReviewIcon />}
            defaultValues={{ feedback: '' }}
            run={(v) => feedback({ variables: { ...target, feedback: text(v.feedback) } })}
          >
            <TextInput source="feedback" label={field('feedback')} validate={required()} multiline minRows={3} />
          </WorkflowButton>
        </CanRun>
      )}
      <CanRun resource="measure-applications" command="cancel">
        <WorkflowButton
          action="cancel"
          icon={<CancelIcon />}
          defaultValues={{ reason: '' }}
          run={(v) => cancel({ variables: { ...target, reason: text(v.reason) } })}
        >
          <TextInput source="reason" label={field('reason')} validate={required()} multiline minRows={2} />
        </WorkflowButton>
      </CanRun>
    </Stack>
  );
};
