import CheckIcon from '@mui/icons-material/Check';
import ReportIcon from '@mui/icons-material/Report';
import { Chip, Stack } from '@mui/material';
import {
  ArrayField,
  AutocompleteInput,
  DataTable,
  DateInput,
  Labeled,
  Link,
  NumberInput,
  ReferenceField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  TextInput,
  minValue,
  required,
  useCreatePath,
  useRecordContext,
  useTranslate,
  ReferenceInput,
} from 'react-admin';
import { CanRun } from '../common/CanRun';
import { DeadlineField, todayLocal } from '../common/DeadlineField';
import { obligationKindChoices, pppStageChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { MoneyField } from '../common/MoneyField';
import { StatusChip, StatusChipField } from '../common/StatusChipField';
import { WorkflowButton, text } from '../common/WorkflowButton';
import {
  usePppFulfilObligationMutation,
  usePppRecordDefaultMutation,
  type PppObligationRecordFragment,
} from '../generated/graphql';
import { ArrearsTable } from './PppArrears';
import { PppProjectActions } from './PppProjectActions';
import type { PppProjectRecord } from './ppp-projects.source';
import { RecordHistoryPanel } from '../common/RecordTabs';

const t = (key: string) => `resources.ppp-projects.${key}`;
const field = (name: string) => `app.workflow.fields.${name}`;

/** The partner, linked to the enterprise, with the check that allowed it. */
const PartnerField = (_props: { label?: string }) => {
  const record = useRecordContext<PppProjectRecord>();
  const createPath = useCreatePath();
  if (!record?.partner) return <span>—</span>;
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <Link to={createPath({ resource: 'enterprises', id: record.partner.id, type: 'show' })}>{record.partner.name}</Link>
      {record.partnerCheck ? (
        <>
          <StatusChip enumName="CheckDecision" value={record.partnerCheck.decision} />
          <Chip size="small" variant="outlined" label={record.partnerCheck.verificationCode} sx={{ fontFamily: 'monospace' }} />
        </>
      ) : null}
    </Stack>
  );
};

/** 履行 (a payment, in part or in full) and 违约 for a pending obligation. */
const ObligationButtons = (_props: { label?: string }) => {
  const o = useRecordContext<PppObligationRecordFragment>();
  const [fulfil] = usePppFulfilObligationMutation();
  const [recordDefault] = usePppRecordDefaultMutation();
  if (!o || o.status !== 'PENDING') return null;
  const target = { id: o.id, version: o.version };
  const payment = o.kind === 'PAYMENT';
  const owed = payment && o.amount !== null ? o.amount - o.paidAmount : null;
  return (
    <Stack direction="row">
      <CanRun resource="ppp-projects" command="fulfilObligation">
        <WorkflowButton
          action="fulfil_obligation"
          icon={<CheckIcon />}
          defaultValues={{ on: todayLocal(), paid: owed }}
          run={(v) => fulfil({ variables: { ...target, on: String(v.on), paid: payment ? Number(v.paid) : undefined } })}
        >
          <DateInput source="on" label={field('fulfilled_on')} validate={required()} />
          {payment ? <NumberInput source="paid" label={field('paid')} validate={[required(), minValue(0)]} /> : null}
        </WorkflowButton>
      </CanRun>
      <CanRun resource="ppp-projects" command="recordDefault">
        <WorkflowButton
          action="record_default"
          icon={<ReportIcon />}
          defaultValues={{ description: '', responsiblePersonId: null }}
          run={(v) =>
            recordDefault({
              variables: {
                ...target,
                input: { description: text(v.description), responsiblePersonId: text(v.responsiblePersonId) || undefined },
              },
            })
          }
        >
          <TextInput source="description" label={field('default_description')} validate={required()} multiline minRows={3} />
          <ReferenceInput source="responsiblePersonId" reference="people">
            <AutocompleteInput label={field('responsible_person')} helperText={field('default_responsible_help')} />
          </ReferenceInput>
        </WorkflowButton>
      </CanRun>
    </Stack>
  );
};

const DefaultRecordField = (_props: { label?: string }) => {
  const o = useRecordContext<PppObligationRecordFragment>();
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (!o?.recordId) return null;
  return <Link to={createPath({ resource: 'dishonesty-records', id: o.recordId, type: 'show' })}>{translate(t('record_link'))}</Link>;
};

/** Whether an obligation's time limit still runs. */
const pending = (o: PppObligationRecordFragment) => o.status === 'PENDING';

const ArrearsTab = () => {
  const record = useRecordContext<PppProjectRecord>();
  return record ? <ArrearsTable projectId={record.id} /> : null;
};

export const PppProjectShow = () => (
  <Show actions={<PppProjectActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label={t('tabs.summary')}>
        <TextField source="code" />
        <TextField source="name" />
        <SelectField source="stage" choices={pppStageChoices} />
        <ReferenceField source="implementingUnitId" reference="units" link="show" />
        <MoneyField source="totalInvestment" />
        <PartnerField label={t('fields.partner')} />
        <LocaleDateField source="updatedAt" showTime />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label={t('tabs.stages')} path="stages">
        <ArrayField source="stages" label={false}>
          <DataTable bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
            <DataTable.Col source="stage" label={t('stage.stage')} disableSort>
              <SelectField source="stage" choices={pppStageChoices} />
            </DataTable.Col>
            <DataTable.Col source="startedOn" label={t('stage.startedOn')} disableSort>
              <LocaleDateField source="startedOn" />
            </DataTable.Col>
            <DataTable.Col source="endedOn" label={t('stage.endedOn')} disableSort>
              <LocaleDateField source="endedOn" emptyText="—" />
            </DataTable.Col>
            <DataTable.Col source="responsiblePerson.name" label={t('stage.responsiblePerson')} disableSort>
              <TextField source="responsiblePerson.name" />
            </DataTable.Col>
            <DataTable.Col source="duties" label={t('stage.duties')} disableSort />
          </DataTable>
        </ArrayField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label={t('tabs.obligations')} path="obligations">
        <ArrayField source="obligations" label={false}>
          <DataTable bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
            <DataTable.Col source="kind" label={t('obligation.kind')} disableSort>
              <SelectField source="kind" choices={obligationKindChoices} />
            </DataTable.Col>
            <DataTable.Col source="description" label={t('obligation.description')} disableSort />
            <DataTable.Col source="amount" label={t('obligation.amount')} disableSort>
              <MoneyField source="amount" />
            </DataTable.Col>
            <DataTable.Col source="paidAmount" label={t('obligation.paidAmount')} disableSort>
              <MoneyField source="paidAmount" />
            </DataTable.Col>
            <DataTable.Col source="dueOn" label={t('obligation.dueOn')} disableSort>
              <DeadlineField<PppObligationRecordFragment> source="dueOn" running={pending} />
            </DataTable.Col>
            <DataTable.Col source="status" label={t('obligation.status')} disableSort>
              <StatusChipField source="status" enumName="ObligationStatus" />
            </DataTable.Col>
            <DataTable.Col source="defaultDescription" label={t('obligation.defaultDescription')} disableSort />
            <DataTable.Col source="recordId" label={t('obligation.recordId')} disableSort>
              <DefaultRecordField />
            </DataTable.Col>
            <DataTable.Col label="" disableSort>
              <ObligationButtons />
            </DataTable.Col>
          </DataTable>
        </ArrayField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label={t('tabs.arrears')} path="arrears">
        <Labeled label={t('tabs.arrears')} fullWidth>
          <ArrearsTab />
        </Labeled>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.history.tab" path="history">
        <RecordHistoryPanel />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
