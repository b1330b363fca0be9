import AddTaskIcon from '@mui/icons-material/AddTask';
import HandshakeIcon from '@mui/icons-material/Handshake';
import SkipNextIcon from '@mui/icons-material/SkipNext';
import {
  AutocompleteInput,
  DateInput,
  ListButton,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  TopToolbar,
  minValue,
  required,
  useRecordContext,
} from 'react-admin';
import { CanRun } from '../common/CanRun';
import { todayLocal } from '../common/DeadlineField';
import { PPP_STAGES, choices, obligationKindChoices } from '../common/enums';
import { WorkflowButton, text } from '../common/WorkflowButton';
import {
  usePppAddObligationMutation,
  usePppAdvanceStageMutation,
  usePppSetPartnerMutation,
  type ObligationKind,
  type PppStageName,
} from '../generated/graphql';
import type { PppProjectRecord } from './ppp-projects.source';

const field = (name: string) => `app.workflow.fields.${name}`;

/** 进入下一阶段 (with who answers for it), 选定社会资本方 (after a credit check), 新增履约义务. */
export const PppProjectActions = () => {
  const record = useRecordContext<PppProjectRecord>();
  const [advance] = usePppAdvanceStageMutation();
  const [setPartner] = usePppSetPartnerMutation();
  const [addObligation] = usePppAddObligationMutation();
  if (!record) return <TopToolbar />;
  const target = { id: record.id, version: record.version };
  const later = PPP_STAGES.slice(PPP_STAGES.indexOf(record.stage) + 1);
  return (
    <TopToolbar>
      {later.length ? (
        <CanRun resource="ppp-projects" command="advanceStage">
          <WorkflowButton
            action="advance_stage"
            icon={<SkipNextIcon />}
            defaultValues={{ stage: later[0], startedOn: todayLocal(), responsiblePersonId: null, duties: '' }}
            run={(v) =>
              advance({
                variables: {
                  ...target,
                  input: {
                    stage: v.stage as PppStageName,
                    startedOn: String(v.startedOn),
                    responsiblePersonId: String(v.responsiblePersonId),
                    duties: text(v.duties),
                  },
                },
              })
            }
          >
            <SelectInput source="stage" label={field('stage')} choices={choices('PppStageName', later)} validate={required()} />
            <DateInput source="startedOn" label={field('started_on')} validate={required()} />
            <ReferenceInput source="responsiblePersonId" reference="people">
              <AutocompleteInput label={field('stage_responsible')} validate={required()} />
            </ReferenceInput>
            <TextInput source="duties" label={field('duties')} validate={required()} multiline minRows={3} />
          </WorkflowButton>
        </CanRun>
      ) : null}
      <CanRun resource="ppp-projects" command="setPartner">
        <WorkflowButton
          action="set_partner"
          icon={<HandshakeIcon />}
          defaultValues={{ enterpriseId: record.partner?.id ?? null }}
          run={(v) => setPartner({ variables: { ...target, enterpriseId: String(v.enterpriseId) } })}
        >
          <ReferenceInput source="enterpriseId" reference="enterprises">
            <AutocompleteInput label={field('partner')} optionText="name" validate={required()} />
          </ReferenceInput>
        </WorkflowButton>
      </CanRun>
      <CanRun resource="ppp-projects" command="addObligation">
        <WorkflowButton
          action="add_obligation"
          icon={<AddTaskIcon />}
          defaultValues={{ kind: 'PAYMENT', description: '', amount: null, startedOn: todayLocal(), dueOn: null }}
          run={(v) =>
            addObligation({
              variables: {
                input: {
                  projectId: record.id,
                  kind: v.kind as ObligationKind,
                  description: text(v.description),
                  amount: v.amount === null || v.amount === '' ? undefined : Number(v.amount),
                  startedOn: String(v.startedOn),
                  dueOn: String(v.dueOn),
                },
              },
            })
          }
        >
          <SelectInput source="kind" label={field('obligation_kind')} choices={obligationKindChoices} validate={required()} />
          <TextInput source="description" label={field('obligation_description')} validate={required()} />
          <NumberInput source="amount" label={field('obligation_amount')} validate={minValue(0)} helperText={field('obligation_amount_help')} />
          <DateInput source="startedOn" label={field('started_on')} validate={required()} />
          <DateInput source="dueOn" label={field('due_on')} validate={required()} />
        </WorkflowButton>
      </CanRun>
      <ListButton />
    </TopToolbar>
  );
};
