import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import ArchiveIcon from '@mui/icons-material/Archive';
import CommentIcon from '@mui/icons-material/Comment';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import EditNoteIcon from '@mui/icons-material/EditNote';
import KeyboardReturnIcon from '@mui/icons-material/KeyboardReturn';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import ReplayIcon from '@mui/icons-material/Replay';
import SentimentSatisfiedIcon from '@mui/icons-material/SentimentSatisfied';
import UndoIcon from '@mui/icons-material/Undo';
import {
  ArrayInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  DateInput,
  EditButton,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  TopToolbar,
  required,
  useRecordContext,
  useShowContext,
} from 'react-admin';
import { useActsForUnit } from '../common/acts-for';
import { CanRun } from '../common/CanRun';
import { statusIn } from '../common/DeadlineField';
import { satisfactionChoices } from '../common/enums';
import { WorkflowButton, text } from '../common/WorkflowButton';
import {
  useSupervisionProposalApproveReplyMutation,
  useSupervisionProposalAssignMutation,
  useSupervisionProposalCloseMutation,
  useSupervisionProposalCoHandlingOpinionMutation,
  useSupervisionProposalDraftReplyMutation,
  useSupervisionProposalMarkRepliedMutation,
  useSupervisionProposalRehandleMutation,
  useSupervisionProposalReturnMisroutedMutation,
  useSupervisionProposalSatisfactionMutation,
  useSupervisionProposalSendBackReplyMutation,
  type Satisfaction,
} from '../generated/graphql';
import type { SupervisionProposalRecord } from './supervision-proposals.source';

const field = (name: string) => `app.screens.fields.${name}`;

/** The reply time limit runs from assignment until the reply goes out. */
export const replyClockRuns = statusIn('ASSIGNED', 'REPLY_DRAFTED', 'REPLY_APPROVED');

const ReasonInput = () => <TextInput source="reason" label={field('reason')} validate={required()} multiline minRows={2} />;

/** A date from a form, or nothing when left blank. */
const dateOrNothing = (value: unknown) => text(value) || undefined;

/** 会办意见: the co-handling unit's own row, while the reply is being prepared. */
export const CoHandlingOpinionButton = (_props: { label?: string }) => {
  const coUnit = useRecordContext<SupervisionProposalRecord['coUnits'][number]>();
  const { record: proposal } = useShowContext<SupervisionProposalRecord>();
  const [give] = useSupervisionProposalCoHandlingOpinionMutation();
  const ownUnit = useActsForUnit(coUnit?.unit.id);
  if (!coUnit || !proposal || !ownUnit) return null;
  if (proposal.status !== 'ASSIGNED' && proposal.status !== 'REPLY_DRAFTED') return null;
  return (
    <CanRun resource="supervision-proposals" command="coHandlingOpinion">
      <WorkflowButton
        action="proposal_co_opinion"
        icon={<CommentIcon />}
        defaultValues={{ opinion: coUnit.opinion ?? '' }}
        run={(v) => give({ variables: { coUnitId: coUnit.id, opinion: text(v.opinion), version: coUnit.version } })}
      >
        <TextInput source="opinion" label={field('opinion')} validate={required()} multiline minRows={3} />
      </WorkflowButton>
    </CanRun>
  );
};

/**
 * 人大代表建议、政协委员提案: 办公室 registers and assigns → the lead unit drafts
 * the reply (or returns a misrouted item) → a leader approves or sends it back →
 * the lead unit records it sent → 办公室 records satisfaction, handles it again
 * once if unsatisfied, and closes it.
 */
export const SupervisionProposalActions = () => {
  const record = useRecordContext<SupervisionProposalRecord>();
  const [assign] = useSupervisionProposalAssignMutation();
  const [returnMisrouted] = useSupervisionProposalReturnMisroutedMutation();
  const [draft] = useSupervisionProposalDraftReplyMutation();
  const [approve] = useSupervisionProposalApproveReplyMutation();
  const [sendBack] = useSupervisionProposalSendBackReplyMutation();
  const [markReplied] = useSupervisionProposalMarkRepliedMutation();
  const [rate] = useSupervisionProposalSatisfactionMutation();
  const [rehandle] = useSupervisionProposalRehandleMutation();
  const [close] = useSupervisionProposalCloseMutation();
  const leadUnit = useActsForUnit(record?.leadUnitId);
  if (!record) return <TopToolbar />;
  const target = { id: record.id, version: record.version };
  const { status } = record;
  const drafting = status === 'ASSIGNED' || status === 'REPLY_DRAFTED';
  return (
    <TopToolbar>
      {status === 'RECEIVED' || status === 'RETURNED_MISROUTED' ? (
        <CanRun resource="supervision-proposals" command="assign">
          <WorkflowButton
            action="proposal_assign"
            icon={<AssignmentIndIcon />}
            defaultValues={{ leadUnitId: null, coUnitIds: [], assignedOn: '' }}
            run={(v) =>
              assign({
                variables: {
                  ...target,
                  input: {
                    leadUnitId: String(v.leadUnitId),
                    coUnitIds: (v.coUnitIds as string[] | undefined) ?? [],
                    assignedOn: dateOrNothing(v.assignedOn),
                  },
                },
              })
            }
          >
            <ReferenceInput source="leadUnitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
              <AutocompleteInput label={field('lead_unit')} optionText="name" validate={required()} />
            </ReferenceInput>
            <ReferenceArrayInput source="coUnitIds" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
              <AutocompleteArrayInput label={field('co_units')} optionText="name" />
            </ReferenceArrayInput>
            <DateInput source="assignedOn" label={field('assigned_on')} />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {status === 'ASSIGNED' && leadUnit ? (
        <CanRun resource="supervision-proposals" command="returnMisrouted">
          <WorkflowButton
            action="proposal_return_misrouted"
            icon={<UndoIcon />}
            defaultValues={{ reason: '' }}
            run={(v) => returnMisrouted({ variables: { ...target, reason: text(v.reason) } })}
          >
            <ReasonInput />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {drafting && leadUnit ? (
        <CanRun resource="supervision-proposals" command="draftReply">
          <WorkflowButton
            action="proposal_draft_reply"
            icon={<EditNoteIcon />}
            maxWidth="md"
            defaultValues={{ content: record.replyContent ?? '' }}
            run={(v) => draft({ variables: { ...target, content: text(v.content) } })}
          >
            <TextInput source="content" label={field('reply')} validate={required()} multiline minRows={6} />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {status === 'REPLY_DRAFTED' ? (
        <>
          <CanRun resource="supervision-proposals" command="approveReply">
            <WorkflowButton
              action="proposal_approve_reply"
              icon={<DoneAllIcon />}
              maxWidth="md"
              defaultValues={{ note: '', promises: [] }}
              run={(v) =>
                approve({
                  variables: {
                    ...target,
                    input: {
                      note: text(v.note) || undefined,
                      promises: ((v.promises as { content?: string; dueOn?: string }[] | undefined) ?? []).map((p) => ({
                        content: text(p.content),
                        dueOn: text(p.dueOn),
                      })),
                    },
                  },
                })
              }
            >
              <TextInput source="note" label={field('note')} multiline minRows={2} />
              <ArrayInput source="promises" label={field('promises')}>
                <SimpleFormIterator inline disableReordering>
                  <TextInput source="content" label={field('promise')} validate={required()} sx={{ minWidth: 320 }} />
                  <DateInput source="dueOn" label={field('due_on')} validate={required()} />
                </SimpleFormIterator>
              </ArrayInput>
            </WorkflowButton>
          </CanRun>
          <CanRun resource="supervision-proposals" command="sendBackReply">
            <WorkflowButton
              action="proposal_send_back_reply"
              icon={<KeyboardReturnIcon />}
              defaultValues={{ reason: '' }}
              run={(v) => sendBack({ variables: { ...target, reason: text(v.reason) } })}
            >
              <ReasonInput />
            </WorkflowButton>
          </CanRun>
        </>
      ) : null}
      {status === 'REPLY_APPROVED' && leadUnit ? (
        <CanRun resource="supervision-proposals" command="markReplied">
          <WorkflowButton
            action="proposal_mark_replied"
            icon={<MarkEmailReadIcon />}
            defaultValues={{ repliedOn: '' }}
            run={(v) => markReplied({ variables: { ...target, repliedOn: dateOrNothing(v.repliedOn) } })}
          >
            <DateInput source="repliedOn" label={field('replied_on')} />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {status === 'REPLIED' ? (
        <CanRun resource="supervision-proposals" command="recordSatisfaction">
          <WorkflowButton
            action="proposal_satisfaction"
            icon={<SentimentSatisfiedIcon />}
            defaultValues={{ satisfaction: null, note: '' }}
            run={(v) =>
              rate({ variables: { ...target, input: { satisfaction: v.satisfaction as Satisfaction, note: text(v.note) || undefined } } })
            }
          >
            <SelectInput source="satisfaction" label={field('satisfaction')} choices={satisfactionChoices} validate={required()} />
            <TextInput source="note" label={field('note')} multiline minRows={2} />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {status === 'EVALUATED' && record.satisfaction === 'DISSATISFIED' && record.rehandleCount === 0 ? (
        <CanRun resource="supervision-proposals" command="rehandle">
          <WorkflowButton
            action="proposal_rehandle"
            icon={<ReplayIcon />}
            defaultValues={{ replyDueOn: '' }}
            run={(v) => rehandle({ variables: { ...target, replyDueOn: dateOrNothing(v.replyDueOn) } })}
          >
            <DateInput source="replyDueOn" label={field('reply_due_on')} />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {status === 'EVALUATED' || status === 'REPLIED' ? (
        <CanRun resource="supervision-proposals" command="close">
          <WorkflowButton action="proposal_close" icon={<ArchiveIcon />} run={() => close({ variables: target })} />
        </CanRun>
      ) : null}
      {status !== 'CLOSED' ? <EditButton /> : null}
    </TopToolbar>
  );
};
