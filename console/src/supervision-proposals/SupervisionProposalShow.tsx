import { Grid } from '@mui/material';
import {
  ArrayField,
  BooleanField,
  DataTable,
  Labeled,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextField,
} from 'react-admin';
import { DeadlineField } from '../common/DeadlineField';
import { proposalKindChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { CoHandlingOpinionButton, SupervisionProposalActions, replyClockRuns } from './SupervisionProposalActions';
import { RecordTabs } from '../common/RecordTabs';

const t = (key: string) => `resources.supervision-proposals.${key}`;

/** 会办单位 and their opinions; a co-handling unit gives its own here. */
const CoUnitsField = (_props: { label?: string }) => (
  <ArrayField source="coUnits">
    <DataTable bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
      <DataTable.Col source="unit.name" label={t('co_unit.unit')} disableSort />
      <DataTable.Col source="opinion" label={t('co_unit.opinion')} disableSort>
        <TextField source="opinion" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      </DataTable.Col>
      <DataTable.Col source="opinionAt" label={t('co_unit.opinionAt')} disableSort>
        <LocaleDateField source="opinionAt" showTime emptyText="—" />
      </DataTable.Col>
      <DataTable.Col disableSort>
        <CoHandlingOpinionButton />
      </DataTable.Col>
    </DataTable>
  </ArrayField>
);

export const SupervisionProposalShow = () => (
  <Show actions={<SupervisionProposalActions />}>
    <RecordTabs>
      <Grid container>
        <Grid size={{ xs: 12, md: 6 }}>
          <SimpleShowLayout>
            <SelectField source="kind" choices={proposalKindChoices} />
            <TextField source="number" />
            <Labeled source="status">
              <StatusChipField source="status" enumName="ProposalStatus" />
            </Labeled>
            <TextField source="title" />
            <TextField source="content" sx={{ whiteSpace: 'pre-wrap' }} />
            <TextArrayField source="proposers" />
            <TextField source="delegation" emptyText="—" />
            <LocaleDateField source="receivedOn" />
            <TextField source="misrouteReason" emptyText="—" />
          </SimpleShowLayout>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <SimpleShowLayout>
            <ReferenceField source="leadUnitId" reference="units" link="show" emptyText="—" />
            <LocaleDateField source="assignedOn" emptyText="—" />
            <Labeled source="replyDueOn">
              <DeadlineField source="replyDueOn" running={replyClockRuns} />
            </Labeled>
            <TextField source="replyContent" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
            <TextField source="replyDraftedByName" emptyText="—" />
            <TextField source="reviewNote" emptyText="—" />
            <TextField source="reviewedByName" emptyText="—" />
            <LocaleDateField source="repliedOn" emptyText="—" />
            <BooleanField source="repliedOnTime" emptyText="—" />
            <Labeled source="satisfaction">
              <StatusChipField source="satisfaction" enumName="Satisfaction" />
            </Labeled>
            <TextField source="satisfactionNote" emptyText="—" />
            <NumberField source="rehandleCount" />
            <LocaleDateField source="closedOn" emptyText="—" />
          </SimpleShowLayout>
        </Grid>
      </Grid>
      <SimpleShowLayout>
        <Labeled source="coUnits" fullWidth>
          <CoUnitsField />
        </Labeled>
      </SimpleShowLayout>
    </RecordTabs>
  </Show>
);
