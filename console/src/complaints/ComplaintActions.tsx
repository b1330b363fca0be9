import ArchiveIcon from '@mui/icons-material/Archive';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import ForwardIcon from '@mui/icons-material/Forward';
import ReplayIcon from '@mui/icons-material/Replay';
import ReplyIcon from '@mui/icons-material/Reply';
import SearchIcon from '@mui/icons-material/Search';
import SentimentSatisfiedIcon from '@mui/icons-material/SentimentSatisfied';
import { Typography } from '@mui/material';
import {
  AutocompleteInput,
  FormDataConsumer,
  ListButton,
  ReferenceInput,
  SelectInput,
  TextInput,
  TopToolbar,
  required,
  useRecordContext,
} from 'react-admin';
import { CanRun } from '../common/CanRun';
import { complaintConclusionChoices, satisfactionChoices } from '../common/enums';
import { WorkflowButton, text } from '../common/WorkflowButton';
import {
  useComplaintAcceptMutation,
  useComplaintAssignMutation,
  useComplaintCloseMutation,
  useComplaintConcludeMutation,
  useComplaintRehandleMutation,
  useComplaintRejectMutation,
  useComplaintReplyMutation,
  useComplaintSatisfactionMutation,
  useComplaintStartInvestigationMutation,
  useComplaintTransferMutation,
  useReplyTemplateAllQuery,
  type ComplaintConclusion,
  type Satisfaction,
} from '../generated/graphql';
import { UnitInputs } from './ComplaintBulkActions';
import type { ComplaintRecord } from './complaints.source';
import { ReporterButton } from './ReporterButton';

const field = (name: string) => `app.workflow.fields.${name}`;

const ReasonInput = () => <TextInput source="reason" label={field('reason')} validate={required()} multiline minRows={2} />;

/** 答复: a template of the case's category (or any other), or the handler's own text. */
const ReplyInputs = ({ record }: { record: ComplaintRecord }) => {
  const { data } = useReplyTemplateAllQuery({ variables: { activeOnly: true }, fetchPolicy: 'network-only' });
  const templates = [...(data?.replyTemplates ?? [])].sort(
    (a, b) => Number(b.category === record.category) - Number(a.category === record.category),
  );
  return (
    <>
      <SelectInput
        source="templateId"
        label={field('template')}
        choices={templates}
        optionText="title"
        emptyText={field('own_reply')}
        helperText={field('template_help')}
      />
      <FormDataConsumer<{ templateId?: string }>>
        {({ formData }) => {
          const chosen = templates.find((t) => t.id === formData.templateId);
          return chosen ? (
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mb: 2 }} color="text.secondary">
              {chosen.body}
            </Typography>
          ) : (
            <TextInput source="reply" label={field('reply')} multiline minRows={4} />
          );
        }}
      </FormDataConsumer>
    </>
  );
};

/**
 * The case's workflow, by status and role: 受理 / 不予受理 → 交办 → 开始调查
 * (转办 meanwhile) → 办结 → 答复 → 满意度 → 重新办理 or 归档. The server
 * decides each step; a unit reporter investigates only its own unit's cases.
 */
export const ComplaintActions = () => {
  const record = useRecordContext<ComplaintRecord>();
  const [accept] = useComplaintAcceptMutation();
  const [reject] = useComplaintRejectMutation();
  const [assign] = useComplaintAssignMutation();
  const [transfer] = useComplaintTransferMutation();
  const [start] = useComplaintStartInvestigationMutation();
  const [conclude] = useComplaintConcludeMutation();
  const [reply] = useComplaintReplyMutation();
  const [rate] = useComplaintSatisfactionMutation();
  const [rehandle] = useComplaintRehandleMutation();
  const [close] = useComplaintCloseMutation();
  if (!record) return <TopToolbar />;
  const target = { id: record.id, version: record.version };
  const { status } = record;
  const handling = status === 'ASSIGNED' || status === 'INVESTIGATING';
  const replied = status === 'REPLIED';
  return (
    <TopToolbar>
      {status === 'RECEIVED' ? (
        <>
          <CanRun resource="complaints" command="accept">
            <WorkflowButton action="accept" icon={<CheckCircleIcon />} run={() => accept({ variables: target })} />
          </CanRun>
          <CanRun resource="complaints" command="reject">
            <WorkflowButton
              action="reject"
              icon={<BlockIcon />}
              defaultValues={{ reason: '' }}
              run={(v) => reject({ variables: { ...target, reason: text(v.reason) } })}
            >
              <ReasonInput />
            </WorkflowButton>
          </CanRun>
        </>
      ) : null}
      {status === 'ACCEPTED' ? (
        <CanRun resource="complaints" command="assign">
          <WorkflowButton
            action="assign"
            icon={<AssignmentIndIcon />}
            defaultValues={{ leadUnitId: record.concernedUnitId, coUnitIds: [] }}
            run={(v) =>
              assign({
                variables: {
                  ...target,
                  input: { leadUnitId: String(v.leadUnitId), coUnitIds: (v.coUnitIds as string[] | undefined) ?? [] },
                },
              })
            }
          >
            <UnitInputs />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {status === 'ASSIGNED' ? (
        <CanRun resource="complaints" command="startInvestigation">
          <WorkflowButton action="start_investigation" icon={<SearchIcon />} run={() => start({ variables: target })} />
        </CanRun>
      ) : null}
      {status === 'INVESTIGATING' ? (
        <CanRun resource="complaints" command="conclude">
          <WorkflowButton
            action="conclude"
            icon={<FactCheckIcon />}
            defaultValues={{ conclusion: null, findings: '', concernedUnitId: record.concernedUnitId, concernedPersonId: record.concernedPersonId }}
            run={(v) =>
              conclude({
                variables: {
                  ...target,
                  input: {
                    conclusion: v.conclusion as ComplaintConclusion,
                    findings: text(v.findings),
                    concernedUnitId: text(v.concernedUnitId) || undefined,
                    concernedPersonId: text(v.concernedPersonId) || undefined,
                  },
                },
              })
            }
          >
            <SelectInput source="conclusion" label={field('conclusion')} choices={complaintConclusionChoices} validate={required()} />
            <TextInput source="findings" label={field('findings')} validate={required()} multiline minRows={3} />
            <ReferenceInput source="concernedUnitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
              <AutocompleteInput label={field('concerned_unit')} optionText="name" helperText={field('concerned_help')} />
            </ReferenceInput>
            <ReferenceInput source="concernedPersonId" reference="people">
              <AutocompleteInput label={field('concerned_person')} />
            </ReferenceInput>
          </WorkflowButton>
        </CanRun>
      ) : null}
      {handling ? (
        <CanRun resource="complaints" command="transfer">
          <WorkflowButton
            action="transfer"
            icon={<ForwardIcon />}
            defaultValues={{ toUnitId: null, reason: '' }}
            run={(v) => transfer({ variables: { ...target, toUnitId: String(v.toUnitId), reason: text(v.reason) } })}
          >
            <ReferenceInput source="toUnitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
              <AutocompleteInput label={field('to_unit')} optionText="name" validate={required()} />
            </ReferenceInput>
            <ReasonInput />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {status === 'CONCLUDED' ? (
        <CanRun resource="complaints" command="reply">
          <WorkflowButton
            action="reply"
            icon={<ReplyIcon />}
            maxWidth="md"
            defaultValues={{ templateId: '', reply: '' }}
            run={(v) =>
              reply({
                variables: {
                  ...target,
                  templateId: text(v.templateId) || undefined,
                  reply: text(v.templateId) ? undefined : text(v.reply),
                },
              })
            }
          >
            <ReplyInputs record={record} />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {replied && !record.satisfaction ? (
        <CanRun resource="complaints" command="recordSatisfaction">
          <WorkflowButton
            action="record_satisfaction"
            icon={<SentimentSatisfiedIcon />}
            defaultValues={{ satisfaction: null, comment: '' }}
            run={(v) =>
              rate({ variables: { ...target, satisfaction: v.satisfaction as Satisfaction, comment: text(v.comment) || undefined } })
            }
          >
            <SelectInput source="satisfaction" label={field('satisfaction')} choices={satisfactionChoices} validate={required()} />
            <TextInput source="comment" label={field('comment')} multiline minRows={2} />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {replied && record.satisfaction === 'DISSATISFIED' && record.rehandleCount < 1 ? (
        <CanRun resource="complaints" command="rehandle">
          <WorkflowButton
            action="rehandle"
            icon={<ReplayIcon />}
            defaultValues={{ reason: '' }}
            run={(v) => rehandle({ variables: { ...target, reason: text(v.reason) } })}
          >
            <ReasonInput />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {replied && record.satisfaction ? (
        <CanRun resource="complaints" command="close">
          <WorkflowButton action="close" icon={<ArchiveIcon />} run={() => close({ variables: target })} />
        </CanRun>
      ) : null}
      <CanRun resource="complaints" command="viewReporter">
        <ReporterButton />
      </CanRun>
      <ListButton />
    </TopToolbar>
  );
};
