import BuildIcon from '@mui/icons-material/Build';
import CancelIcon from '@mui/icons-material/Cancel';
import GavelIcon from '@mui/icons-material/Gavel';
import HealingIcon from '@mui/icons-material/Healing';
import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import { EditButton, ListButton, NumberInput, TextInput, TopToolbar, minValue, required, useRecordContext } from 'react-admin';
import { CanRun } from '../common/CanRun';
import { WorkflowButton, text } from '../common/WorkflowButton';
import {
  useDishonestyRecordConfirmMutation,
  useDishonestyRecordRepairMutation,
  useDishonestyRecordReturnMutation,
  useDishonestyRecordRevokeMutation,
  useDishonestyRecordSubmitMutation,
  useObjectionFileMutation,
  useRectificationCreateMutation,
} from '../generated/graphql';
import { IntegrityFileButton } from '../integrity-file/IntegrityFileButton';
import type { DishonestyRecordRecord } from './dishonesty-records.source';

const field = (name: string) => `app.workflow.fields.${name}`;

const ReasonInput = () => <TextInput source="reason" label={field('reason')} validate={required()} multiline minRows={2} />;

/**
 * The record's workflow, by status and role: 提交 for drafts and returned
 * records; 认定 / 退回 for submitted ones; 提出异议, 责令整改 and 信用修复 for
 * confirmed ones; 撤销 until revoked. The server decides each step.
 */
export const DishonestyRecordActions = () => {
  const record = useRecordContext<DishonestyRecordRecord>();
  const [submit] = useDishonestyRecordSubmitMutation();
  const [confirm] = useDishonestyRecordConfirmMutation();
  const [returnIt] = useDishonestyRecordReturnMutation();
  const [revoke] = useDishonestyRecordRevokeMutation();
  const [repair] = useDishonestyRecordRepairMutation();
  const [fileObjection] = useObjectionFileMutation();
  const [orderRectification] = useRectificationCreateMutation();
  if (!record) return <TopToolbar />;
  const target = { id: record.id, version: record.version };
  const editable = record.status === 'DRAFT' || record.status === 'RETURNED';
  const submitted = record.status === 'SUBMITTED';
  const standing = record.status === 'CONFIRMED' && !record.repairedAt;
  return (
    <TopToolbar>
      {editable ? (
        <CanRun resource="dishonesty-records" command="submit">
          <WorkflowButton action="submit" icon={<SendIcon />} run={() => submit({ variables: target })} />
        </CanRun>
      ) : null}
      {submitted ? (
        <>
          <CanRun resource="dishonesty-records" command="confirm">
            <WorkflowButton action="confirm" icon={<GavelIcon />} run={() => confirm({ variables: target })} />
          </CanRun>
          <CanRun resource="dishonesty-records" command="return">
            <WorkflowButton
              action="return"
              icon={<UndoIcon />}
              defaultValues={{ reason: '' }}
              run={(v) => returnIt({ variables: { ...target, reason: text(v.reason) } })}
            >
              <ReasonInput />
            </WorkflowButton>
          </CanRun>
        </>
      ) : null}
      {standing && !record.disputed ? (
        <CanRun resource="dishonesty-records" command="object">
          <WorkflowButton
            action="object"
            icon={<RecordVoiceOverIcon />}
            defaultValues={{ grounds: '' }}
            run={(v) => fileObjection({ variables: { input: { recordId: record.id, grounds: text(v.grounds) } } })}
          >
            <TextInput source="grounds" label={field('grounds')} validate={required()} multiline minRows={3} />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {standing ? (
        <>
          <CanRun resource="dishonesty-records" command="orderRectification">
            <WorkflowButton
              action="order_rectification"
              icon={<BuildIcon />}
              defaultValues={{ requiredActions: '', workingDays: 20 }}
              run={(v) =>
                orderRectification({
                  variables: {
                    input: { recordId: record.id, requiredActions: text(v.requiredActions), workingDays: Number(v.workingDays) },
                  },
                })
              }
            >
              <TextInput
                source="requiredActions"
                label={field('required_actions')}
                validate={required()}
                multiline
                minRows={3}
              />
              <NumberInput source="workingDays" label={field('working_days')} validate={[required(), minValue(1)]} />
            </WorkflowButton>
          </CanRun>
          <CanRun resource="dishonesty-records" command="repair">
            <WorkflowButton
              action="repair"
              icon={<HealingIcon />}
              defaultValues={{ reason: '' }}
              run={(v) => repair({ variables: { ...target, reason: text(v.reason) } })}
            >
              <ReasonInput />
            </WorkflowButton>
          </CanRun>
        </>
      ) : null}
      {record.status !== 'REVOKED' ? (
        <CanRun resource="dishonesty-records" command="revoke">
          <WorkflowButton
            action="revoke"
            icon={<CancelIcon />}
            defaultValues={{ reason: '' }}
            run={(v) => revoke({ variables: { ...target, reason: text(v.reason) } })}
          >
            <ReasonInput />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {editable ? <EditButton /> : null}
      <IntegrityFileButton subjectType={record.subjectType} subjectId={record.subjectPersonId ?? record.subjectUnitId} />
      <ListButton />
    </TopToolbar>
  );
};
