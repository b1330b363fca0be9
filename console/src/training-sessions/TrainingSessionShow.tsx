import { BooleanField, Labeled, NumberField, ReferenceField, ReferenceManyField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { trainingKindChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { AttendanceTable } from '../training-attendances/AttendanceTable';
import { TrainingSessionActions } from './TrainingSessionActions';
import { RecordTabs } from '../common/RecordTabs';

export const TrainingSessionShow = () => (
  <Show actions={<TrainingSessionActions />}>
    <RecordTabs>
      <SimpleShowLayout>
        <TextField source="topic" />
        <SelectField source="kind" choices={trainingKindChoices} />
        <LocaleDateField source="heldOn" />
        <NumberField source="hours" />
        <TextField source="trainer" emptyText="—" />
        <TextField source="audience" emptyText="—" />
        <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <ReferenceField source="organiserId" reference="units" link="show" />
        <BooleanField source="examRequired" />
        <NumberField source="passMark" />
        <Labeled label="resources.training-sessions.attendance" fullWidth>
          <ReferenceManyField reference="training-attendances" target="sessionId" perPage={100}>
            <AttendanceTable hide="session" />
          </ReferenceManyField>
        </Labeled>
      </SimpleShowLayout>
    </RecordTabs>
  </Show>
);
