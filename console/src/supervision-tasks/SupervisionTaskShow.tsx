import { Grid } from '@mui/material';
import {
  BooleanField,
  Labeled,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextField,
} from 'react-admin';
import { DeadlineField } from '../common/DeadlineField';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { SupervisionTaskActions, taskClockRuns } from './SupervisionTaskActions';
import { RecordTabs } from '../common/RecordTabs';

export const SupervisionTaskShow = () => (
  <Show actions={<SupervisionTaskActions />}>
    <RecordTabs>
      <Grid container>
        <Grid size={{ xs: 12, md: 6 }}>
          <SimpleShowLayout>
            <TextField source="title" />
            <Labeled source="status">
              <StatusChipField source="status" enumName="SupervisionTaskStatus" />
            </Labeled>
            <TextField source="requirement" sx={{ whiteSpace: 'pre-wrap' }} />
            <ReferenceField source="assignedUnitId" reference="units" link="show" />
            <ReferenceField source="responsiblePersonId" reference="people" link="show" emptyText="—" />
            <ReferenceField source="leadingGroupId" reference="leading-groups" link="show" emptyText="—" />
            <TextField source="issuedByName" emptyText="—" />
            <LocaleDateField source="assignedOn" />
            <Labeled source="dueOn">
              <DeadlineField source="dueOn" running={taskClockRuns} />
            </Labeled>
          </SimpleShowLayout>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <SimpleShowLayout>
            <TextField source="progress" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
            <TextField source="result" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
            <TextArrayField source="evidence" emptyText="—" />
            <LocaleDateField source="submittedOn" emptyText="—" />
            <BooleanField source="onTime" emptyText="—" />
            <NumberField source="score" emptyText="—" />
            <TextField source="reviewNote" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
            <TextField source="reviewedByName" emptyText="—" />
            <LocaleDateField source="acceptedOn" emptyText="—" />
            <NumberField source="returnCount" />
          </SimpleShowLayout>
        </Grid>
      </Grid>
    </RecordTabs>
  </Show>
);
