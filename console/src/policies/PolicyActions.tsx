import AddTaskIcon from '@mui/icons-material/AddTask';
import AssessmentIcon from '@mui/icons-material/Assessment';
import BlockIcon from '@mui/icons-material/Block';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { DateInput, EditButton, NumberInput, TextInput, TopToolbar, maxValue, minValue, required, useDataProvider, useRecordContext } from 'react-admin';
import { CanRun } from '../common/CanRun';
import { WorkflowButton, text } from '../common/WorkflowButton';
import { usePolicyEnactMutation, usePolicyEvaluateMutation, usePolicyExpireMutation } from '../generated/graphql';
import { PolicyTaskFields } from '../policy-tasks/PolicyTaskInputs';
import type { PolicyRecord } from './policies.source';

const field = (name: string) => `app.screens.fields.${name}`;

/**
 * 政策落实兑现: a draft policy is put in force (replacing an older one), broken
 * into tasks, ended early if repealed, and evaluated after implementation.
 */
export const PolicyActions = () => {
  const record = useRecordContext<PolicyRecord>();
  const dataProvider = useDataProvider();
  const [enact] = usePolicyEnactMutation();
  const [expire] = usePolicyExpireMutation();
  const [evaluate] = usePolicyEvaluateMutation();
  if (!record) return <TopToolbar />;
  const target = { id: record.id, version: record.version };
  const { status } = record;
  const open = status === 'DRAFT' || status === 'IN_FORCE';
  return (
    <TopToolbar>
      {status === 'DRAFT' ? (
        <CanRun resource="policies" command="enact">
          <WorkflowButton action="policy_enact" icon={<PlayArrowIcon />} run={() => enact({ variables: target })} />
        </CanRun>
      ) : null}
      {open ? (
        <CanRun resource="policies" command="addTask">
          <WorkflowButton
            action="policy_add_task"
            icon={<AddTaskIcon />}
            maxWidth="md"
            defaultValues={{ measure: '', leadUnitId: null, responsibleUnitIds: [], responsiblePersonId: null, deadline: '' }}
            run={(v) => dataProvider.create('policy-tasks', { data: { ...v, policyId: record.id } })}
          >
            <PolicyTaskFields />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {status === 'IN_FORCE' ? (
        <CanRun resource="policies" command="expire">
          <WorkflowButton
            action="policy_expire"
            icon={<BlockIcon />}
            defaultValues={{ reason: '' }}
            run={(v) => expire({ variables: { ...target, reason: text(v.reason) } })}
          >
            <TextInput source="reason" label={field('reason')} validate={required()} multiline minRows={2} />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {status !== 'DRAFT' ? (
        <CanRun resource="policies" command="evaluate">
          <WorkflowButton
            action="policy_evaluate"
            icon={<AssessmentIcon />}
            maxWidth="md"
            defaultValues={{ evaluatedOn: '', evaluator: '', score: null, findings: '', adjustments: '' }}
            run={(v) =>
              evaluate({
                variables: {
                  policyId: record.id,
                  input: {
                    evaluatedOn: text(v.evaluatedOn),
                    evaluator: text(v.evaluator) || undefined,
                    score: Number(v.score),
                    findings: text(v.findings),
                    adjustments: text(v.adjustments) || undefined,
                  },
                },
              })
            }
          >
            <DateInput source="evaluatedOn" label={field('evaluated_on')} validate={required()} />
            <TextInput source="evaluator" label={field('evaluator')} />
            <NumberInput source="score" label={field('score')} validate={[required(), minValue(0), maxValue(100)]} />
            <TextInput source="findings" label={field('findings')} validate={required()} multiline minRows={3} />
            <TextInput source="adjustments" label={field('adjustments')} multiline minRows={2} />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {open ? <EditButton /> : null}
    </TopToolbar>
  );
};
