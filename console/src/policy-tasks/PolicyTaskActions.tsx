import ReplayIcon from '@mui/icons-material/Replay';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import { BooleanInput, EditButton, TextArrayInput, TextInput, TopToolbar, required, useRecordContext } from 'react-admin';
import { useActsForUnit } from '../common/acts-for';
import { CanRun } from '../common/CanRun';
import { WorkflowButton, text } from '../common/WorkflowButton';
import { usePolicyTaskProgressMutation, usePolicyTaskReopenMutation } from '../generated/graphql';
import type { PolicyTaskRecord } from './policy-tasks.source';

const field = (name: string) => `app.screens.fields.${name}`;

/** The responsible units report progress (completion with evidence); the policy's managers reopen a completed task. */
export const PolicyTaskActions = () => {
  const record = useRecordContext<PolicyTaskRecord>();
  const [report] = usePolicyTaskProgressMutation();
  const [reopen] = usePolicyTaskReopenMutation();
  const responsible = useActsForUnit(record?.leadUnitId, ...(record?.responsibleUnitIds ?? []));
  if (!record) return <TopToolbar />;
  const target = { id: record.id, version: record.version };
  const done = record.status === 'DONE';
  return (
    <TopToolbar>
      {!done && responsible ? (
        <CanRun resource="policy-tasks" command="progress">
          <WorkflowButton
            action="policy_task_progress"
            icon={<TrendingUpIcon />}
            defaultValues={{ note: '', completed: false, evidence: [] }}
            run={(v) =>
              report({
                variables: {
                  ...target,
                  input: { note: text(v.note), completed: v.completed === true, evidence: (v.evidence as string[] | undefined) ?? [] },
                },
              })
            }
          >
            <TextInput source="note" label={field('progress')} validate={required()} multiline minRows={3} />
            <BooleanInput source="completed" label={field('completed')} />
            <TextArrayInput source="evidence" label={field('evidence')} helperText={field('evidence_help')} />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {done ? (
        <CanRun resource="policy-tasks" command="reopen">
          <WorkflowButton
            action="policy_task_reopen"
            icon={<ReplayIcon />}
            defaultValues={{ reason: '' }}
            run={(v) => reopen({ variables: { ...target, reason: text(v.reason) } })}
          >
            <TextInput source="reason" label={field('reason')} validate={required()} multiline minRows={2} />
          </WorkflowButton>
        </CanRun>
      ) : (
        <EditButton />
      )}
    </TopToolbar>
  );
};
