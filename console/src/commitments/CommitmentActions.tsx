import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HighlightOffIcon from '@mui/icons-material/HighlightOff';
import { EditButton, ListButton, TextInput, TopToolbar, required, useRecordContext } from 'react-admin';
import { CanRun } from '../common/CanRun';
import { WorkflowButton, text } from '../common/WorkflowButton';
import {
  useCommitmentBreakMutation,
  useCommitmentFulfilMutation,
  useCommitmentWaiveMutation,
} from '../generated/graphql';
import type { CommitmentRecord } from './commitments.source';

const field = (name: string) => `app.workflow.fields.${name}`;

/** 已履行 / 未履行 / 豁免 for a pending commitment, each asking for the note or reason. */
export const CommitmentActions = () => {
  const record = useRecordContext<CommitmentRecord>();
  const [fulfil] = useCommitmentFulfilMutation();
  const [breakIt] = useCommitmentBreakMutation();
  const [waive] = useCommitmentWaiveMutation();
  if (!record) return <TopToolbar />;
  const pending = record.status === 'PENDING';
  const target = { id: record.id, version: record.version };
  return (
    <TopToolbar>
      {pending ? (
        <>
          <CanRun resource="commitments" command="fulfil">
            <WorkflowButton
              action="fulfil"
              icon={<CheckCircleIcon />}
              defaultValues={{ note: '' }}
              run={(v) => fulfil({ variables: { ...target, input: { note: text(v.note) } } })}
            >
              <TextInput source="note" label={field('note')} validate={required()} multiline minRows={2} />
            </WorkflowButton>
          </CanRun>
          <CanRun resource="commitments" command="break">
            <WorkflowButton
              action="break"
              icon={<HighlightOffIcon />}
              defaultValues={{ note: '' }}
              run={(v) => breakIt({ variables: { ...target, input: { note: text(v.note) } } })}
            >
              <TextInput source="note" label={field('note')} validate={required()} multiline minRows={2} />
            </WorkflowButton>
          </CanRun>
          <CanRun resource="commitments" command="waive">
            <WorkflowButton
              action="waive"
              icon={<BlockIcon />}
              defaultValues={{ reason: '' }}
              run={(v) => waive({ variables: { ...target, reason: text(v.reason) } })}
            >
              <TextInput source="reason" label={field('reason')} validate={required()} multiline minRows={2} />
            </WorkflowButton>
          </CanRun>
          <EditButton />
        </>
      ) : null}
      <ListButton />
    </TopToolbar>
  );
};
